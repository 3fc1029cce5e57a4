import { type Decimal, type Num, toPositiveDecimal } from '../../decimal';
import type { PositionSpec } from '../../types';
import { liquidationPriceOf } from '../liquidation-price';
import { maintenanceMarginAt } from '../maintenance-margin';
import { type FeeOptions, normalizeSpec } from '../normalize-spec';
import { unrealizedPnlAt } from '../pnl';

export interface SurvivingAMove {
  /** The mark price the move reaches. */
  readonly price: Decimal;
  /** Whether the position is liquidated there (margin ratio ≥ 1). */
  readonly liquidated: boolean;
  /**
   * The collateral (isolated margin, or the cross wallet) at which the position is exactly at its
   * maintenance requirement at `price`: it survives the move with more than this.
   */
  readonly marginNeeded: Decimal;
  /** How much more than the present collateral that is (zero when it already survives). */
  readonly addedMargin: Decimal;
  /**
   * Isolated: the leverage whose initial margin (position value ÷ leverage) is exactly `marginNeeded`;
   * any lower leverage survives. Null for cross (the leverage setting does not set its collateral) or
   * when no collateral is needed at all.
   */
  readonly leverageBelow: Decimal | null;
  /** The position's own profit or loss at `price` (what a stop there would realise, before fees). */
  readonly pnlAtPrice: Decimal;
  /**
   * Stops that the move does not reach and that still close before liquidation: from `price` to the
   * liquidation price. Null when the move liquidates (every protective stop lies inside the move).
   */
  readonly stopWindow: { readonly from: Decimal; readonly to: Decimal } | null;
}

/**
 * What would have let the position live through a move to `price`: the margin it needs there, the
 * leverage that provides it, and the stops the move leaves alone. The balance and requirement are the
 * engine's margin-ratio terms (margin-ratio.ts): balance = collateral + UPNL1 + PnL(price), requirement
 * = maintenance margin at the price (with the closing fee where the rule set adds it) + TMM1.
 */
export function survivingAMove(spec: PositionSpec, price: Num, options?: FeeOptions): SurvivingAMove {
  const n = normalizeSpec(spec, options);
  const at = toPositiveDecimal(price, 'price');
  const pnl = unrealizedPnlAt(n, at);
  const requirement = maintenanceMarginAt(n, at).plus(n.otherMaintenance);
  const marginNeeded = requirement.minus(n.otherUnrealizedPnl).minus(pnl);
  const liquidated = !n.collateral.gt(marginNeeded);
  const addedMargin = liquidated ? marginNeeded.minus(n.collateral) : marginNeeded.times(0);
  const leverageBelow =
    n.marginMode === 'isolated' && marginNeeded.isPositive() && !marginNeeded.isZero()
      ? n.entryNotional.div(marginNeeded)
      : null;
  const liquidation = liquidationPriceOf(n);
  return {
    price: at,
    liquidated,
    marginNeeded,
    addedMargin,
    leverageBelow,
    pnlAtPrice: pnl,
    stopWindow: liquidated || liquidation === null ? null : { from: at, to: liquidation },
  };
}
