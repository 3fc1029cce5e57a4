import type { Decimal } from '../../decimal';
import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import type { Rules } from '../../types';

export const ALL_RULES: readonly Rules[] = [
  'binance-usdm',
  'binance-coinm',
  'bybit-linear',
  'bybit-inverse',
  'okx-linear',
  'gate-linear',
  'hyperliquid',
];

const INVERSE_RULES: ReadonlySet<Rules> = new Set<Rules>(['binance-coinm', 'bybit-inverse']);

/** Inverse (coin-margined) contracts: quantity in contracts, margin and PnL in the coin, algebra in 1/price. */
export function isInverse(rules: Rules): boolean {
  return INVERSE_RULES.has(rules);
}

export function assertRules(rules: unknown, field = 'rules'): Rules {
  if (typeof rules === 'string' && (ALL_RULES as readonly string[]).includes(rules)) {
    return rules as Rules;
  }
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
 * One exchange's rule set. `priceFor` is that exchange's published closed form for a single
 * maintenance bracket (rate, amount); the dispatcher chooses the bracket by the exchange's convention.
 */
export interface RuleSet {
  readonly rules: Rules;
  readonly inverse: boolean;
  /** Whose notional picks the bracket: the position at its own liquidation price, or at entry. */
  readonly tierNotionalAt: 'liquidation-price' | 'entry';
  /** Whether the maintenance margin is the position's value at the mark price × rate, or at entry × rate. */
  readonly maintenanceValuedAt: 'mark' | 'entry';
  /** Whether the published formula already adds the taker (closing) fee next to the maintenance rate. */
  readonly closingFeeByDefault: boolean;
  readonly supportsCross: boolean;
  /** Price at which margin balance = requirement for this (rate, amount); null when none is positive. */
  priceFor(input: PricingInput, rate: Decimal, amount: Decimal): Decimal | null;
}

export function positiveOrNull(price: Decimal): Decimal | null {
  return price.isFinite() && price.isPositive() && !price.isZero() ? price : null;
}

/** side × value without building a Decimal for the sign (this runs on every bracket tried). */
export function signed(value: Decimal, sign: 1 | -1): Decimal {
  return sign === 1 ? value : value.negated();
}
