import { Decimal } from '../decimal';
import type { PositionSpec } from '../types';
import { maintenanceAt } from './maintenance-margin';
import type { NormalizedTier } from './maintenance-tiers';
import { marginRatioAt } from './margin-ratio';
import { type NormalizedSpec, normalizePosition, normalizeSpec, notionalAt } from './normalize-spec';
import { unrealizedPnlAt } from './pnl';
import type { PartialLiquidationRule } from './rules/partial-liquidation-rules';

/** One reduction of a position by the venue's partial-liquidation rule, before any full liquidation. */
export interface PartialLiquidationStep {
  /** Size closed: base units (linear) or contracts (inverse). */
  readonly closed: Decimal;
  readonly remaining: Decimal;
  /** PnL the closed part realises at the fill, in the margin asset. */
  readonly realizedPnl: Decimal;
  /** Liquidation fee on the closed part (its notional at the fill × the fee rate). */
  readonly fee: Decimal;
  /** The position's tier (0-based) before and after, when it is priced from a tier table. */
  readonly fromTier: number | null;
  readonly toTier: number | null;
  /** The position after the step: the same spec with the remaining size and collateral. */
  readonly spec: PositionSpec;
}

/** A step as a record of what happened: where it filled and what it closed, without the new spec. */
export interface PartialCut {
  /** The mark at which the venue stepped in, and where the closed part filled. */
  readonly price: Decimal;
  readonly closed: Decimal;
  readonly remaining: Decimal;
  readonly realizedPnl: Decimal;
  readonly fee: Decimal;
  readonly fromTier: number | null;
  readonly toTier: number | null;
}

export function partialCutAt(price: Decimal, step: PartialLiquidationStep): PartialCut {
  const { closed, remaining, realizedPnl, fee, fromTier, toTier } = step;
  return { price, closed, remaining, realizedPnl, fee, fromTier, toTier };
}

export interface PartialLiquidationContext {
  /** The mark that triggered the liquidation and the price the closed part fills at. */
  readonly mark: Decimal;
  readonly fill: Decimal;
  readonly feeRate: Decimal;
  /** Time of the tick (ms) and the end of the venue's cool-down after the previous partial step. */
  readonly time: number;
  readonly cooldownUntil: number;
  /**
   * The smallest size step (OKX: the contract's face value). A table that includes its floors needs a
   * size strictly below the next floor; without a lot the step is the engine's finest: 1e-18 of a base
   * unit (linear) or one contract (inverse).
   */
  readonly lotSize?: Decimal;
}

const LINEAR_STEP = new Decimal('1e-18');

/**
 * The reduction the venue's rule makes when a position reaches its liquidation price, or null when it
 * liquidates in full (no rule, an unconfirmed rule, a position too small, or no lower tier that helps).
 * What the closed part realises and the fee it pays stay in the position's collateral, as the venues
 * describe ("margin compliant after calculating the realized losses and liquidation fee deductions").
 */
export function partialLiquidationStep(
  spec: PositionSpec,
  n: NormalizedSpec,
  rule: PartialLiquidationRule,
  context: PartialLiquidationContext,
): PartialLiquidationStep | null {
  const { method } = rule;
  switch (method.kind) {
    case 'unconfirmed':
      return null;
    case 'fraction': {
      if (context.time < context.cooldownUntil) return null;
      if (!notionalAt(n, context.mark).gt(method.aboveNotional)) return null;
      const closed = roundDown(n, n.quantity.times(method.fraction), context.lotSize);
      return closed.isZero() ? null : stepTo(spec, n, n.quantity.minus(closed), context, null);
    }
    case 'to-first-tier':
    case 'to-compliant-tier': {
      const current = currentTier(n, context.mark);
      if (current === null || current.index === 0) return null;
      const tiers = n.maintenance.kind === 'tiers' ? n.maintenance.tiers : [];
      if (method.kind === 'to-first-tier') {
        if (current.index + 1 < method.fromTier) return null;
        return stepTo(spec, n, largestSizeIn(n, tiers[0]!, context), context, current.index);
      }
      // The smallest cut: the highest lower tier whose requirement the remaining position meets.
      for (let k = current.index - 1; k >= 0; k--) {
        const step = stepTo(spec, n, largestSizeIn(n, tiers[k]!, context), context, current.index);
        if (step !== null && marginRatioAt(normalizeSpec(step.spec), context.mark).lt(1)) return step;
      }
      return null;
    }
  }
}

function currentTier(n: NormalizedSpec, mark: Decimal): NormalizedTier | null {
  return n.maintenance.kind === 'tiers' ? (maintenanceAt(n, mark).tier ?? null) : null;
}

/**
 * The largest size the tier holds for this position: its cap read in the table's measure — a size
 * (OKX), the value at entry (tiers picked at entry) or at the mark (tiers picked at the current price),
 * converted back to base units or contracts — and kept strictly below the cap when the table gives the
 * cap to the next tier.
 */
function largestSizeIn(n: NormalizedSpec, tier: NormalizedTier, context: PartialLiquidationContext): Decimal {
  // Only the last tier may be open-ended, and a step always goes to a lower one; an open tier holds all.
  if (tier.cap === null) return n.quantity;
  const priceForValue = n.ruleSet.tierNotionalAt === 'entry' ? n.entryPrice : context.mark;
  const size =
    tier.boundsIn === 'quantity'
      ? tier.cap
      : n.ruleSet.inverse
        ? tier.cap.times(priceForValue).div(n.contractSize)
        : tier.cap.div(priceForValue);
  const rounded = roundDown(n, size, context.lotSize);
  if (tier.includes === 'cap' || tier.last || rounded.lt(size)) return rounded;
  return rounded.minus(stepOf(n, context.lotSize));
}

function stepOf(n: NormalizedSpec, lot: Decimal | undefined): Decimal {
  return lot ?? (n.ruleSet.inverse ? new Decimal(1) : LINEAR_STEP);
}

function roundDown(n: NormalizedSpec, size: Decimal, lot: Decimal | undefined): Decimal {
  const step = stepOf(n, lot);
  return size.div(step).floor().times(step);
}

function stepTo(
  spec: PositionSpec,
  n: NormalizedSpec,
  remaining: Decimal,
  context: PartialLiquidationContext,
  fromTier: number | null,
): PartialLiquidationStep | null {
  if (!remaining.gt(0) || !remaining.lt(n.quantity)) return null;
  const closed = n.quantity.minus(remaining);
  const closedPart = normalizePosition({ ...spec, quantity: closed.toString() });
  const realizedPnl = unrealizedPnlAt(closedPart, context.fill);
  const fee = notionalAt(closedPart, context.fill).times(context.feeRate);
  const collateral = n.collateral.plus(realizedPnl).minus(fee);
  // A cut that would eat more than the collateral is no rescue: the position is liquidated in full.
  if (collateral.lt(0)) return null;
  const field = n.marginMode === 'isolated' ? 'margin' : 'walletBalance';
  const next: PositionSpec = { ...spec, quantity: remaining.toString(), [field]: collateral.toString() };
  const after = normalizeSpec(next);
  const toTier =
    after.maintenance.kind === 'tiers' ? (maintenanceAt(after, context.mark).tier?.index ?? null) : null;
  return { closed, remaining, realizedPnl, fee, fromTier, toTier, spec: next };
}
