import { LiquidationError } from '../errors';
import { finiteNumber, nonNegativeNumber, positiveInteger, positiveNumber } from '../random/float-arguments';
import { createRandom, type Seed } from '../random/seeded-random';
import { DEFAULT_START_TIME, MS_PER_DAY, MS_PER_YEAR, type PricePath } from './price-path';

export interface GbmPathParams {
  seed: Seed;
  startPrice: number;
  /** σ per year, e.g. 0.8 for 80%. */
  annualVolatility: number;
  /** μ per year (arithmetic drift of the price); default 0. */
  annualDrift?: number;
  horizonDays: number;
  /** Number of steps; the path has steps + 1 ticks including the start. */
  steps: number;
  startTime?: number;
}

export const MAX_PATH_STEPS = 10_000_000;

/**
 * Geometric Brownian motion sampled exactly on the grid: ln S advances by (μ − σ²/2)Δt + σ√Δt·Z, so
 * the distribution at every tick is exactly lognormal whatever the step size.
 */
export function gbmPath(params: GbmPathParams): PricePath {
  const startPrice = positiveNumber(params.startPrice, 'startPrice');
  const sigma = nonNegativeNumber(params.annualVolatility, 'annualVolatility');
  const mu = finiteNumber(params.annualDrift ?? 0, 'annualDrift');
  const horizonDays = positiveNumber(params.horizonDays, 'horizonDays');
  const steps = positiveInteger(params.steps, 'steps', MAX_PATH_STEPS);
  const startTime = finiteNumber(params.startTime ?? DEFAULT_START_TIME, 'startTime');
  const stepMs = (horizonDays * MS_PER_DAY) / steps;
  if (stepMs < 1) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      'steps must not exceed one per millisecond of the horizon.',
      'steps',
    );
  }
  const dt = stepMs / MS_PER_YEAR;
  const driftPerStep = (mu - (sigma * sigma) / 2) * dt;
  const volPerStep = sigma * Math.sqrt(dt);
  const random = createRandom(params.seed);
  const t = new Float64Array(steps + 1);
  const mark = new Float64Array(steps + 1);
  let logPrice = Math.log(startPrice);
  t[0] = startTime;
  mark[0] = startPrice;
  for (let i = 1; i <= steps; i++) {
    logPrice += driftPerStep + volPerStep * random.normal();
    t[i] = Math.round(startTime + i * stepMs);
    mark[i] = Math.exp(logPrice);
  }
  return { t, mark };
}
