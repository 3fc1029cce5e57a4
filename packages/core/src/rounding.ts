import DecimalJs from 'decimal.js';
import { type Decimal, type Num, toDecimal, toPositiveDecimal } from './decimal';
import { LiquidationError } from './errors';
import type { Side } from './types';

/**
 * Named rounding modes (ccxt's Precise and dinero.js name theirs the same way): a price is only ever
 * rounded on purpose, with the mode spelled out at the call site.
 * - `up` / `down`: toward +∞ / −∞ (ceiling / floor), whatever the sign.
 * - `half-up`: nearest tick, ties away from zero. `half-even`: nearest tick, ties to the even tick.
 */
export type RoundingMode = 'up' | 'down' | 'half-up' | 'half-even';

const DECIMAL_MODE: Record<RoundingMode, DecimalJs.Rounding> = {
  up: DecimalJs.ROUND_CEIL,
  down: DecimalJs.ROUND_FLOOR,
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
};

/** Rounds `price` to a multiple of `tick` (e.g. 0.1 for BTCUSDT) with the named mode. */
export function roundToTick(price: Num, tick: Num, mode: RoundingMode): Decimal {
  const rounding = DECIMAL_MODE[mode];
  if (rounding === undefined) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `mode must be one of ${Object.keys(DECIMAL_MODE).join(', ')}.`,
      'mode',
    );
  }
  return toDecimal(price, 'price').toNearest(toPositiveDecimal(tick, 'tick'), rounding);
}

/**
 * The conservative mode for a displayed liquidation price, as the exchanges' UIs do it: a long's is
 * rounded up and a short's down, so the shown price is never beyond the price that actually liquidates.
 * The engine itself returns unrounded prices; rounding is for display and order placement only.
 */
export function liquidationRoundingMode(side: Side): RoundingMode {
  return side === 'long' ? 'up' : 'down';
}
