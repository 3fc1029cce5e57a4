import { type Decimal, type Num, toPositiveDecimal } from '../decimal';
import { LiquidationError } from '../errors';
import { normalizeTiers } from '../perpetual/maintenance-tiers';
import { ruleSetFor } from '../perpetual/rules/rule-registry';
import type { MaintenanceTier, Rules } from '../types';

export interface MaxPositionInput {
  /** Available balance in the margin asset (quote, or coin for inverse). */
  balance: Num;
  leverage: Num;
  entryPrice: Num;
  tiers: MaintenanceTier[];
  rules: Rules;
  /** Inverse only: quote value of one contract. */
  contractSize?: Num;
}

export interface MaxPosition {
  /** Largest notional in the margin asset (quote, or coin for inverse). */
  notional: Decimal;
  /** The same as a quantity: base units (linear) or contracts (inverse, rounded down to whole contracts). */
  quantity: Decimal;
  initialMargin: Decimal;
  /** Which limit binds: the balance × leverage, or the brackets' cap for this leverage. */
  limitedBy: 'balance' | 'tier';
}

/**
 * The largest position the exchanges' calculators allow ("Max open position"): notional ≤ balance ×
 * leverage, and the notional must stay in a bracket whose max leverage is ≥ the chosen leverage
 * (brackets allow less leverage as they grow), i.e. ≤ the cap of the last such bracket.
 */
export function maxPosition(input: MaxPositionInput): MaxPosition {
  const ruleSet = ruleSetFor(input.rules);
  const balance = toPositiveDecimal(input.balance, 'balance');
  const leverage = toPositiveDecimal(input.leverage, 'leverage');
  const entryPrice = toPositiveDecimal(input.entryPrice, 'entryPrice');
  if (leverage.lt(1)) {
    throw new LiquidationError(
      'INVALID_LEVERAGE',
      `leverage must be at least 1, got ${leverage}.`,
      'leverage',
    );
  }
  const tiers = normalizeTiers(input.tiers, 'tiers');
  // null: the allowed brackets run into an open-ended last one, so only the balance limits the size.
  let tierCap: Decimal | null | undefined;
  for (const tier of tiers) {
    if (tier.maxLeverage !== undefined && leverage.gt(tier.maxLeverage)) break;
    tierCap = tier.cap;
  }
  if (tierCap === undefined) {
    throw new LiquidationError(
      'INVALID_LEVERAGE',
      `leverage ${leverage} exceeds the first bracket's ${tiers[0]!.maxLeverage}x maximum.`,
      'leverage',
    );
  }
  if (tierCap !== null && tiers[0]!.boundsIn === 'quantity') {
    // A table bounded in quantity (OKX: contracts × face value) caps the size; at the entry price
    // that is a notional cap.
    tierCap = ruleSet.inverse
      ? tierCap.times(toPositiveDecimal(input.contractSize, 'contractSize')).div(entryPrice)
      : tierCap.times(entryPrice);
  }
  const byBalance = balance.times(leverage);
  const limitedBy = tierCap === null || byBalance.lte(tierCap) ? 'balance' : 'tier';
  const notional = tierCap === null || limitedBy === 'balance' ? byBalance : tierCap;
  let quantity: Decimal;
  if (ruleSet.inverse) {
    const contractSize = toPositiveDecimal(input.contractSize, 'contractSize');
    quantity = notional.times(entryPrice).div(contractSize).floor();
  } else {
    quantity = notional.div(entryPrice);
  }
  return { notional, quantity, initialMargin: notional.div(leverage), limitedBy };
}
