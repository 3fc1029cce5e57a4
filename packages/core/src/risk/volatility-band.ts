import { Decimal, type Num, toPositiveDecimal } from '../decimal';
import { finiteNumber, fractionBetween, nonNegativeNumber, positiveNumber } from '../random/float-arguments';
import { normalQuantile } from '../random/normal-distribution';
import { positivePriceAsNumber } from './float-input';

export interface VolatilityBandParams {
  price: Num;
  annualVolatility: number;
  horizonDays: number;
  /** Two-sided probability that the price ends inside the band (default 0.95). */
  confidence?: number;
  annualDrift?: number;
}

export interface VolatilityBand {
  lower: Decimal;
  upper: Decimal;
  /** The z-score used, Φ⁻¹((1 + confidence) / 2). */
  z: number;
}

/** Band edges are statistical estimates; 10 significant digits is far beyond their own precision. */
const BAND_SIGNIFICANT_DIGITS = 10;

/**
 * Central lognormal interval of the GBM price at the horizon: P·exp((μ − σ²/2)T ± zσ√T). A stop inside
 * this band is likely to be hit by ordinary noise; placing it outside is the point of the lesson.
 * Note it bounds where the price *ends*, not every price it visits on the way (see liquidationProbability).
 */
export function volatilityBand(params: VolatilityBandParams): VolatilityBand {
  const price = positivePriceAsNumber(params.price, 'price');
  const sigma = nonNegativeNumber(params.annualVolatility, 'annualVolatility');
  const years = positiveNumber(params.horizonDays, 'horizonDays') / 365;
  const confidence = fractionBetween(params.confidence ?? 0.95, 'confidence');
  const mu = finiteNumber(params.annualDrift ?? 0, 'annualDrift');
  const z = normalQuantile((1 + confidence) / 2);
  const centre = (mu - (sigma * sigma) / 2) * years;
  const spread = z * sigma * Math.sqrt(years);
  return {
    lower: new Decimal((price * Math.exp(centre - spread)).toPrecision(BAND_SIGNIFICANT_DIGITS)),
    upper: new Decimal((price * Math.exp(centre + spread)).toPrecision(BAND_SIGNIFICANT_DIGITS)),
    z,
  };
}

/** True when the stop sits outside the band (at or beyond an edge), i.e. beyond ordinary noise. */
export function stopOutsideBand(stopPrice: Num, band: Pick<VolatilityBand, 'lower' | 'upper'>): boolean {
  const stop = toPositiveDecimal(stopPrice, 'stopPrice');
  return stop.lte(band.lower) || stop.gte(band.upper);
}
