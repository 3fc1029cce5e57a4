import { type Decimal, type Num, toPositiveDecimal } from '../decimal';
import { positiveNumber } from '../random/float-arguments';

export interface DistanceToLiquidation {
  /** |liq − mark| / mark × 100, exact. */
  percent: Decimal;
  /** The same distance in log terms, in units of the horizon's standard deviation σ√T. */
  sigmas: number;
}

/**
 * How far the liquidation price is, both in plain percent and in "how many standard moves over the
 * horizon": 1σ away is touched often, 3σ rarely (see liquidationProbability for the exact odds).
 */
export function distanceToLiquidation(
  markPrice: Num,
  liquidationPrice: Num,
  annualVolatility: number,
  horizonDays: number,
): DistanceToLiquidation {
  const mark = toPositiveDecimal(markPrice, 'markPrice');
  const liq = toPositiveDecimal(liquidationPrice, 'liquidationPrice');
  const sigma = positiveNumber(annualVolatility, 'annualVolatility');
  const years = positiveNumber(horizonDays, 'horizonDays') / 365;
  return {
    percent: liq.minus(mark).abs().div(mark).times(100),
    sigmas: Math.abs(Math.log(liq.toNumber() / mark.toNumber())) / (sigma * Math.sqrt(years)),
  };
}
