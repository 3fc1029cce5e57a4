import { type Decimal, type Num, toDecimal } from '../decimal';
import { LiquidationError } from '../errors';

/**
 * The gain, as a fraction of what is left, that brings an account back to where it was after losing
 * `loss` (a fraction of the starting balance). What is left is 1 − loss, and (1 − loss)(1 + gain) = 1,
 * so gain = 1 / (1 − loss) − 1 = loss / (1 − loss): a 50% loss needs a 100% gain. Nothing recovers a
 * total loss, so `loss` must be below 1.
 */
export function recoveryGain(loss: Num): Decimal {
  const l = toDecimal(loss, 'loss');
  if (l.lt(0) || l.gte(1)) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `loss must be a fraction from 0 up to (not including) 1, got ${l}.`,
      'loss',
    );
  }
  return l.div(l.negated().plus(1));
}
