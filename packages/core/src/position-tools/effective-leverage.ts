import { type Decimal, type Num, toDecimal } from '../decimal';
import { LiquidationError } from '../errors';
import { collateralOf, normalizePosition } from '../perpetual/normalize-spec';
import type { PositionSpec } from '../types';

/**
 * Leverage after adding (positive) or removing (negative) margin: entry notional / (margin + delta).
 * Binance's guidance for the calculator after a margin change: a 14,000 USDT position at 2x with
 * 1,000 USDT added is at 14,000 / 8,000 = 1.75x. Cross positions use the wallet balance as margin.
 */
export function effectiveLeverage(spec: PositionSpec, marginDelta: Num): Decimal {
  const position = normalizePosition(spec);
  const delta = toDecimal(marginDelta, 'marginDelta');
  const margin = collateralOf(spec, position).plus(delta);
  if (margin.lte(0)) {
    throw new LiquidationError(
      'INSUFFICIENT_MARGIN',
      `marginDelta ${delta} would leave no margin behind the position.`,
      'marginDelta',
    );
  }
  return position.entryNotional.div(margin);
}
