import { type Decimal, type Num, toDecimal, toPositiveDecimal } from '../decimal';
import { LiquidationError } from '../errors';

/** Annualised figures use a calendar year: perpetuals fund every day of it. */
const DAYS_PER_YEAR = 365;

export interface AnnualisedFundingParams {
  /** The rate charged at each funding timestamp (0.0001 = 0.01%); negative when shorts pay. */
  fundingRate: Num;
  /** Funding timestamps per day: 3 for every 8 hours, 24 for hourly. */
  intervalsPerDay: Num;
}

/**
 * The funding rate over a year as a fraction of the notional, without compounding: rate × intervals
 * per day × 365. Each payment is nominal value × funding rate (Binance "Introduction to Binance Futures
 * Funding Rates", as in fundingPayment), so a position held for a year at a steady rate and mark pays
 * this share of its notional.
 */
export function annualisedFundingRate(params: AnnualisedFundingParams): Decimal {
  const rate = toDecimal(params.fundingRate, 'fundingRate');
  const intervals = toPositiveDecimal(params.intervalsPerDay, 'intervalsPerDay');
  if (!intervals.isInteger()) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      'intervalsPerDay must be a whole number of funding timestamps.',
      'intervalsPerDay',
    );
  }
  return rate.times(intervals).times(DAYS_PER_YEAR);
}
