import type { Num } from '../decimal';
import { finiteNumber, nonNegativeNumber, positiveNumber } from '../random/float-arguments';
import { normalCdf } from '../random/normal-distribution';
import { positivePriceAsNumber } from './float-input';

export interface LiquidationProbabilityParams {
  spot: Num;
  /** The level whose touch ends the trade (liquidation price, or a stop); below spot = down barrier, above = up. */
  barrier: Num;
  annualVolatility: number;
  horizonDays: number;
  /** μ per year, the price's arithmetic drift; default 0. */
  annualDrift?: number;
}

/**
 * Probability that a GBM price started at `spot` touches `barrier` at any time within the horizon.
 *
 * With X_t = ln(S_t / S_0) = νt + σW_t, ν = μ − σ²/2 and b = ln(B / S_0), the reflection principle
 * with a Girsanov change of drift gives the law of the running extremes of a drifted Brownian motion
 * (Shreve, Stochastic Calculus for Finance II, §3.7.3 and §7.2.1; Harrison, Brownian Motion and
 * Stochastic Flow Systems, §1.8):
 *
 *   up barrier   (b > 0): P(max X ≥ b) = Φ((−b + νT) / σ√T) + e^{2νb/σ²} · Φ((−b − νT) / σ√T)
 *   down barrier (b < 0): P(min X ≤ b) = Φ(( b − νT) / σ√T) + e^{2νb/σ²} · Φ(( b + νT) / σ√T)
 *
 * The days are calendar days over a 365-day year, matching the path generators.
 */
export function liquidationProbability(params: LiquidationProbabilityParams): number {
  const spot = positivePriceAsNumber(params.spot, 'spot');
  const barrier = positivePriceAsNumber(params.barrier, 'barrier');
  const sigma = nonNegativeNumber(params.annualVolatility, 'annualVolatility');
  const years = positiveNumber(params.horizonDays, 'horizonDays') / 365;
  const mu = finiteNumber(params.annualDrift ?? 0, 'annualDrift');
  return firstPassageProbability(Math.log(barrier / spot), mu, sigma, years);
}

/** The formula above on log-distance b; exported for the Monte Carlo tests and the band helpers. */
export function firstPassageProbability(b: number, mu: number, sigma: number, years: number): number {
  if (b === 0) return 1;
  const nu = mu - (sigma * sigma) / 2;
  if (sigma === 0) {
    // No noise: the log-price moves in a straight line and touches only if the drift carries it there.
    return b > 0 ? (nu * years >= b ? 1 : 0) : nu * years <= b ? 1 : 0;
  }
  const sd = sigma * Math.sqrt(years);
  const sign = b > 0 ? -1 : 1;
  const direct = normalCdf((sign * (b - nu * years)) / sd);
  const reflectedCdf = normalCdf((sign * (b + nu * years)) / sd);
  // e^{2νb/σ²} may overflow where the Φ factor underflows; combine in log space.
  const reflected =
    reflectedCdf === 0 ? 0 : Math.exp((2 * nu * b) / (sigma * sigma) + Math.log(reflectedCdf));
  return Math.min(1, Math.max(0, direct + reflected));
}
