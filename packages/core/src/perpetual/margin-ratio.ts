import { Decimal, type Num, toPositiveDecimal } from '../decimal';
import type { PositionSpec } from '../types';
import { maintenanceMarginAt } from './maintenance-margin';
import { type FeeOptions, type NormalizedSpec, normalizeSpec } from './normalize-spec';
import { unrealizedPnlAt } from './pnl';

/** Margin balance at `price`: collateral + own PnL (+ UPNL1 for cross). */
export function marginBalanceAt(n: NormalizedSpec, price: Decimal): Decimal {
  return n.collateral.plus(n.otherUnrealizedPnl).plus(unrealizedPnlAt(n, price));
}

export function marginRatioAt(n: NormalizedSpec, price: Decimal): Decimal {
  const requirement = maintenanceMarginAt(n, price).plus(n.otherMaintenance);
  const balance = marginBalanceAt(n, price);
  // Nothing left to lose: the ratio is unbounded, and the position is past liquidation.
  if (balance.lte(0)) return new Decimal(Infinity);
  return requirement.div(balance);
}

/**
 * Binance's margin ratio: maintenance margin / margin balance at `markPrice` (cross: (MM + TMM1) /
 * (WB + UPNL1 + PnL)). ≥ 1 means liquidation. Returns Infinity when the margin balance is ≤ 0.
 * With the same fee options it is exactly 1 at `liquidationPrice(spec)`.
 */
export function marginRatio(spec: PositionSpec, markPrice: Num, options?: FeeOptions): Decimal {
  return marginRatioAt(normalizeSpec(spec, options), toPositiveDecimal(markPrice, 'markPrice'));
}
