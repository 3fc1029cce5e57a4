import { type Decimal, type Num, toNonNegativeDecimal, toPositiveDecimal } from '../decimal';

/** Annualised volatility is quoted per calendar year, as in volatilityBand and liquidationProbability. */
const DAYS_PER_YEAR = 365;

export interface TypicalMoveParams {
  price: Num;
  /** σ per year as a fraction (0.6 = 60%). */
  annualVolatility: Num;
  /** The horizon in days (fractions allowed: 1/24 is an hour). */
  horizonDays: Num;
}

/**
 * One standard deviation of the price move over the horizon, in price units: price × σ × √(T in years).
 * Returns of a random walk add their variances, so the deviation grows with the square root of time
 * (J. C. Hull, "Options, Futures, and Other Derivatives", the chapter on the Black–Scholes–Merton model:
 * the standard deviation of the return over Δt is σ√Δt). This is the linear rule of thumb the lessons
 * teach; volatilityBand gives the lognormal interval around it.
 */
export function typicalMove(params: TypicalMoveParams): Decimal {
  const price = toPositiveDecimal(params.price, 'price');
  const sigma = toNonNegativeDecimal(params.annualVolatility, 'annualVolatility');
  const years = toNonNegativeDecimal(params.horizonDays, 'horizonDays').div(DAYS_PER_YEAR);
  return price.times(sigma).times(years.sqrt());
}
