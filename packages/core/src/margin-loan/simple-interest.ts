import { type Decimal, type Num, toNonNegativeDecimal } from '../decimal';

export interface SimpleInterestParams {
  /** The amount borrowed, in any unit; the interest comes out in the same unit. */
  principal: Num;
  /** Interest rate per period as a fraction (0.0005 = 0.05% a day for a daily rate). */
  ratePerPeriod: Num;
  /** How many periods the loan runs (days for a daily rate, hours for an hourly one). */
  periods: Num;
}

/**
 * Simple (not compounded) interest on a loan: I = P × R × T. Binance Margin charges borrowed funds this
 * way, hour by hour on the principal ("Daily Interest Rate for Binance Margin Trading", FAQ
 * https://www.binance.com/en/support/faq/360030157812 : I = P × R × T, R per hour, T in hours).
 */
export function simpleInterest(params: SimpleInterestParams): Decimal {
  return toNonNegativeDecimal(params.principal, 'principal')
    .times(toNonNegativeDecimal(params.ratePerPeriod, 'ratePerPeriod'))
    .times(toNonNegativeDecimal(params.periods, 'periods'));
}
