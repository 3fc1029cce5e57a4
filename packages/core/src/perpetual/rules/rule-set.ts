import type { Decimal } from '../../decimal';
import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import { ALL_RULES, isRules, type Rules } from './rule-set-catalog';

export function assertRules(rules: unknown, field = 'rules'): Rules {
  if (isRules(rules)) return rules;
  throw new LiquidationError(
    'NOT_SUPPORTED',
    `${field} must be one of ${ALL_RULES.join(', ')}, got ${describeInput(rules)}.`,
    field,
  );
}

/** What a rule set's closed-form liquidation price needs, already parsed and signed. */
export interface PricingInput {
  /** +1 long, −1 short. */
  readonly sign: 1 | -1;
  /** |position|: base units (linear) or contracts (inverse). */
  readonly quantity: Decimal;
  /** Quote value of one contract (inverse); 1 for linear. */
  readonly contractSize: Decimal;
  readonly entryPrice: Decimal;
  /** Position value at entry in the margin asset: qty × entry (linear), qty × size / entry (inverse). */
  readonly entryNotional: Decimal;
  /**
   * The collateral the position can lose before its own requirement applies: isolated margin, or for
   * cross WB + UPNL1 − TMM1 (Binance's notation: the other positions' PnL and maintenance margin).
   */
  readonly available: Decimal;
}

/**
 * One exchange's published formula. `priceFor` is that exchange's closed form for a single
 * maintenance bracket (rate, amount); the dispatcher chooses the bracket by the exchange's convention.
 */
export interface RuleSetFormula {
  /** Whose notional picks the bracket: the position at its own liquidation price, or at entry. */
  readonly tierNotionalAt: 'liquidation-price' | 'entry';
  /** Whether the maintenance margin is the position's value at the mark price × rate, or at entry × rate. */
  readonly maintenanceValuedAt: 'mark' | 'entry';
  /** Price at which margin balance = requirement for this (rate, amount); null when none is positive. */
  priceFor(input: PricingInput, rate: Decimal, amount: Decimal): Decimal | null;
}

/** A formula with the catalog's facts about its rule set (rule-set-catalog.ts), as the engine uses it. */
export interface RuleSet extends RuleSetFormula {
  readonly rules: Rules;
  readonly inverse: boolean;
  /** Whether the published formula already adds the taker (closing) fee next to the maintenance rate. */
  readonly closingFeeByDefault: boolean;
  readonly supportsCross: boolean;
}

export function positiveOrNull(price: Decimal): Decimal | null {
  return price.isFinite() && price.isPositive() && !price.isZero() ? price : null;
}

/** side × value without building a Decimal for the sign (this runs on every bracket tried). */
export function signed(value: Decimal, sign: 1 | -1): Decimal {
  return sign === 1 ? value : value.negated();
}
