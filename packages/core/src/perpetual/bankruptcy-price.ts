import { Decimal } from '../decimal';
import type { PositionSpec } from '../types';
import { type FeeOptions, normalizeSpec } from './normalize-spec';

const ZERO = new Decimal(0);

/**
 * The price at which the position's margin is exactly used up (margin balance = 0): the price
 * Binance, Bybit and OKX settle a liquidated position at. Long: entry − margin / qty (linear);
 * inverse: 1/BP = 1/entry + margin / (qty × size). Cross: margin = WB + UPNL1 (other positions'
 * maintenance does not count, only their PnL). With `includeClosingFee: true` the taker fee to close is
 * kept back, valued as the rule set values its maintenance margin (at that price; at entry for Bybit).
 * Null where no positive price exists (e.g. a 1x linear long, or an inverse short whose margin covers
 * any rise).
 */
export function bankruptcyPrice(
  spec: PositionSpec,
  options: FeeOptions = { includeClosingFee: false },
): Decimal | null {
  // The maintenance requirement plays no part here, so a spec without one is still priced.
  const priced =
    spec !== null &&
    typeof spec === 'object' &&
    spec.tiers === undefined &&
    spec.maintenanceMarginRate === undefined &&
    spec.maxLeverage === undefined
      ? { ...spec, maintenanceMarginRate: 0 }
      : spec;
  const n = normalizeSpec(priced, { includeClosingFee: options.includeClosingFee ?? false });
  const input = { ...n, available: n.collateral.plus(n.otherUnrealizedPnl) };
  return n.ruleSet.priceFor(input, n.closingFeeRate, ZERO);
}
