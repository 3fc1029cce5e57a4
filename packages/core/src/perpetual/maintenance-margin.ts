import type { Decimal, Num } from '../decimal';
import { toPositiveDecimal } from '../decimal';
import type { PositionSpec } from '../types';
import { findTier, type NormalizedTier } from './maintenance-tiers';
import { type FeeOptions, type NormalizedSpec, normalizeSpec, notionalAt } from './normalize-spec';

export interface AppliedMaintenance {
  readonly rate: Decimal;
  readonly amount: Decimal;
  readonly tier: NormalizedTier | undefined;
}

/**
 * The maintenance (rate, amount) that applies at `price`, by the rule set's convention: the bracket
 * holding the position's notional at that price (Binance, Gate, Hyperliquid), or at entry (Bybit, OKX).
 * A table bounded in quantity does not move with the price: its bracket is always the entry one.
 */
export function maintenanceAt(n: NormalizedSpec, price: Decimal): AppliedMaintenance {
  const { maintenance } = n;
  if (maintenance.kind === 'fixed') {
    return { rate: maintenance.rate, amount: maintenance.amount, tier: undefined };
  }
  const tier =
    n.ruleSet.tierNotionalAt === 'entry' || maintenance.entryTier.boundsIn === 'quantity'
      ? maintenance.entryTier
      : findTier(maintenance.tiers, notionalAt(n, price), true)!;
  return { rate: tier.rate, amount: tier.amount, tier };
}

/** The position's own maintenance requirement at `price`, plus the closing fee when it is included. */
export function maintenanceMarginAt(n: NormalizedSpec, price: Decimal): Decimal {
  const { rate, amount } = maintenanceAt(n, price);
  const value = n.ruleSet.maintenanceValuedAt === 'entry' ? n.entryNotional : notionalAt(n, price);
  return value.times(rate.plus(n.closingFeeRate)).minus(amount);
}

/**
 * Maintenance margin of the position at `markPrice` (position notional × MMR − maintenance amount, in
 * the margin asset), with the closing fee when `includeClosingFee` (default: the rule set's own formula).
 * Bybit's published liquidation formula values it at entry; the engine keeps that convention here.
 */
export function maintenanceMargin(spec: PositionSpec, markPrice: Num, options?: FeeOptions): Decimal {
  const n = normalizeSpec(spec, options);
  return maintenanceMarginAt(n, toPositiveDecimal(markPrice, 'markPrice'));
}
