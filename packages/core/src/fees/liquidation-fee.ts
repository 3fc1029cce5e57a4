import type { Decimal, Num } from '../decimal';
import { liquidationPriceOf } from '../perpetual/liquidation-price';
import { type FeeOptions, normalizeSpec, notionalAt } from '../perpetual/normalize-spec';
import type { PositionSpec } from '../types';
import { toFeeRate } from './trading-fee';

/**
 * The liquidation (clearance) fee: the position's notional at its liquidation price × the exchange's
 * clearance rate (Binance USDS-M publishes a per-symbol "liquidation clearance fee", e.g. 1.25% for
 * BTCUSDT at the time of writing; it is taken from the remaining margin, so it is not part of the
 * liquidation price itself). Null when the position has no liquidation price.
 */
export function liquidationFee(
  spec: PositionSpec,
  clearanceFeeRate: Num,
  options?: FeeOptions,
): Decimal | null {
  const rate = toFeeRate(clearanceFeeRate, 'clearanceFeeRate');
  const n = normalizeSpec(spec, options);
  const price = liquidationPriceOf(n);
  return price === null ? null : notionalAt(n, price).times(rate);
}
