import { type Decimal, type Num, toDecimal, toPositiveDecimal } from '../decimal';
import { normalizePosition, notionalAt } from '../perpetual/normalize-spec';
import type { PositionSpec } from '../types';

/**
 * Funding paid by the position at one funding timestamp: side × notional at the mark price × funding
 * rate (Binance "Introduction to Binance Futures Funding Rates": Funding Amount = Nominal Value of
 * Positions × Funding Rate, nominal value = mark price × size; longs pay shorts when the rate is
 * positive). Positive = the position pays, negative = it receives. Margin asset (quote, or coin for
 * inverse, where the nominal value is contracts × size / mark).
 */
export function fundingPayment(spec: PositionSpec, markPrice: Num, fundingRate: Num): Decimal {
  const position = normalizePosition(spec);
  const payment = notionalAt(position, toPositiveDecimal(markPrice, 'markPrice')).times(
    toDecimal(fundingRate, 'fundingRate'),
  );
  return position.sign === 1 ? payment : payment.negated();
}
