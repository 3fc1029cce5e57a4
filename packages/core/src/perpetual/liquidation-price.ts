import type { Decimal } from '../decimal';
import type { PositionSpec } from '../types';
import { assertContinuousAmounts, type NormalizedTier, tierHolds } from './maintenance-tiers';
import { type FeeOptions, type NormalizedSpec, normalizeSpec, notionalAt } from './normalize-spec';

/**
 * The mark price at which the position is liquidated (margin ratio reaches 1), by the rule set's
 * published formula; null where no positive liquidation price exists (e.g. a 1x long, or a position
 * under water at every price). The price is not rounded: see `roundToTick`.
 */
export function liquidationPrice(spec: PositionSpec, options?: FeeOptions): Decimal | null {
  return liquidationPriceOf(normalizeSpec(spec, options));
}

export function liquidationPriceOf(n: NormalizedSpec): Decimal | null {
  return liquidationBracketOf(n).price;
}

/** Which maintenance requirement priced the liquidation, and how it was chosen (for explanations). */
export interface LiquidationBracket {
  readonly price: Decimal | null;
  /** A fixed requirement, the bracket of the entry size, or the bracket holding the size at the price. */
  readonly chosenBy: 'fixed' | 'entry' | 'liquidation-price';
  /** The bracket used; for 'liquidation-price' without a solution, the entry bracket (price null). */
  readonly tier: NormalizedTier | null;
  readonly rate: Decimal;
  readonly amount: Decimal;
}

export function liquidationBracketOf(n: NormalizedSpec): LiquidationBracket {
  const { ruleSet, maintenance, closingFeeRate } = n;
  if (maintenance.kind === 'fixed') {
    const price = ruleSet.priceFor(n, withFee(maintenance.rate, closingFeeRate), maintenance.amount);
    return { price, chosenBy: 'fixed', tier: null, rate: maintenance.rate, amount: maintenance.amount };
  }
  // A table bounded in quantity picks the same bracket at every price: the entry one.
  if (ruleSet.tierNotionalAt === 'entry' || maintenance.entryTier.boundsIn === 'quantity') {
    const tier = maintenance.entryTier;
    const price = ruleSet.priceFor(n, withFee(tier.rate, closingFeeRate), tier.amount);
    return { price, chosenBy: 'entry', tier, rate: tier.rate, amount: tier.amount };
  }
  assertContinuousAmounts(maintenance.tiers);
  const solved = solveAcrossTiers(n, maintenance.tiers);
  const tier = solved?.tier ?? maintenance.entryTier;
  return {
    price: solved?.price ?? null,
    chosenBy: 'liquidation-price',
    tier,
    rate: tier.rate,
    amount: tier.amount,
  };
}

/**
 * Binance's rule: the bracket is the one holding |qty| × LP, so the answer is the bracket whose own
 * closed form lands inside it. With a continuous table, margin balance − requirement is strictly
 * monotone in the notional N, and at a bracket edge it is cheap to evaluate without any division:
 *   f(N) = available + pnl(N) − (N × (MMR + fee) − cum), pnl(N) = ±(N − entry notional)
 * (+ for a linear long or an inverse short, whose PnL grows with N). The bracket where f changes sign
 * holds the liquidation notional; its closed form gives the price, which is then checked to lie in
 * that bracket. Anything else (no positive price, or a table the check rejects) falls back to trying
 * every bracket. The last bracket is open-ended: a short's notional can grow past the table.
 */
export function solveAcrossTiers(
  n: NormalizedSpec,
  tiers: readonly NormalizedTier[],
): { price: Decimal; tier: NormalizedTier } | null {
  // Most positions are liquidated in the bracket they are in now: try that one first.
  const entryIndex = n.maintenance.kind === 'tiers' ? n.maintenance.entryTier.index : 0;
  const atEntry = priceInBracket(n, tiers, entryIndex);
  if (atEntry !== null) return atEntry;
  const rootIndex = bracketOfRoot(n, tiers, entryIndex);
  const atRoot = rootIndex === entryIndex ? null : priceInBracket(n, tiers, rootIndex);
  return atRoot ?? scanAllTiers(n, tiers);
}

/** The bracket's closed-form price, if it lands inside that bracket (the last one is open-ended). */
function priceInBracket(
  n: NormalizedSpec,
  tiers: readonly NormalizedTier[],
  index: number,
): { price: Decimal; tier: NormalizedTier } | null {
  const tier = tiers[index]!;
  const price = n.ruleSet.priceFor(n, withFee(tier.rate, n.closingFeeRate), tier.amount);
  if (price === null) return null;
  return tierHolds(tier, notionalAt(n, price), true) ? { price, tier } : null;
}

function bracketOfRoot(n: NormalizedSpec, tiers: readonly NormalizedTier[], start: number): number {
  const pnlSlope = n.ruleSet.inverse ? -n.sign : n.sign;
  const base = pnlSlope === 1 ? n.available.minus(n.entryNotional) : n.available.plus(n.entryNotional);
  // g = ±f, oriented to rise with N: the root's bracket k has g(floor k) ≤ 0 < g(cap k).
  const fee = n.closingFeeRate;
  const g = (tier: NormalizedTier, edge: Decimal): Decimal => {
    const slope = pnlSlope === 1 ? tier.risingSlope : tier.fallingSlope;
    const f = base.plus(tier.amount).plus(edge.times(fee.isZero() ? slope : slope.minus(fee)));
    return pnlSlope === 1 ? f : f.negated();
  };
  const last = tiers.length - 1;
  let i = start;
  // Below the last bracket every cap is set (only the last may be open-ended).
  while (i < last && !aboveZero(g(tiers[i]!, tiers[i]!.cap!))) i++;
  while (i > 0 && aboveZero(g(tiers[i]!, tiers[i]!.floor))) i--;
  return i;
}

/** Reference solver: every bracket's closed form, keeping the one that lands in its own bracket. */
export function scanAllTiers(
  n: NormalizedSpec,
  tiers: readonly NormalizedTier[],
): { price: Decimal; tier: NormalizedTier } | null {
  const last = tiers.length - 1;
  for (let i = 0; i <= last; i++) {
    const found = priceInBracket(n, tiers, i);
    if (found !== null) return found;
  }
  return null;
}

function aboveZero(value: Decimal): boolean {
  return value.isPositive() && !value.isZero();
}

function withFee(rate: Decimal, feeRate: Decimal): Decimal {
  return feeRate.isZero() ? rate : rate.plus(feeRate);
}
