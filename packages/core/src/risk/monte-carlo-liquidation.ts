import type { Num } from '../decimal';
import { LiquidationError } from '../errors';
import { finiteNumber, positiveInteger, positiveNumber } from '../random/float-arguments';
import { createRandom, type Seed } from '../random/seeded-random';
import { positivePriceAsNumber } from './float-input';

export interface MonteCarloLiquidationParams {
  seed: Seed;
  paths: number;
  steps: number;
  spot: Num;
  annualVolatility: number;
  horizonDays: number;
  annualDrift?: number;
  /** Liquidation price; its side of spot decides the direction (below = long, above = short). */
  barrier: Num;
  /** Optional stop-loss on the same side as the barrier. */
  stop?: Num;
  /** Optional take-profit on the other side. */
  takeProfit?: Num;
  /**
   * Brownian-bridge crossing correction (default true). Without it a path is only checked at the
   * step ends and misses touches in between, so discrete monitoring understates the probability.
   */
  bridgeCorrection?: boolean;
}

export interface MonteCarloLiquidationResult {
  paths: number;
  /** Shares of paths (0…1) by first level touched; they sum to 1. */
  liquidated: number;
  stoppedOut: number;
  tookProfit: number;
  survived: number;
  /** Binomial standard error of the liquidated share, √(p(1−p)/n). */
  liquidatedStandardError: number;
}

/** Above this exponent the bridge crossing probability e^{−q} is below 1e-17: skip the uniform draw. */
const BRIDGE_EXPONENT_CUTOFF = 40;

const NONE = 0;
const LIQUIDATED = 1;
const STOPPED = 2;
const TOOK_PROFIT = 3;

/**
 * Seeded Monte Carlo of GBM paths (exact lognormal steps) counting which level each path touches first.
 *
 * Between two monitored points x₀, x₁ on the same side of a level ℓ, a Brownian bridge with variance
 * σ²Δt crosses ℓ with probability exp(−2(x₀ − ℓ)(x₁ − ℓ) / (σ²Δt)) (Glasserman, Monte Carlo Methods in
 * Financial Engineering, §6.4); drawing that event per step makes the discrete simulation unbiased for
 * the continuous first-passage probability of `liquidationProbability`.
 *
 * On a continuous path a stop between spot and the barrier is always touched first, so with a stop the
 * "lower" level is simply the nearer of the two. All state lives in locals and typed scalars: the inner
 * loop allocates nothing.
 */
export function monteCarloLiquidation(params: MonteCarloLiquidationParams): MonteCarloLiquidationResult {
  const paths = positiveInteger(params.paths, 'paths', 10_000_000);
  const steps = positiveInteger(params.steps, 'steps', 100_000);
  const spot = positivePriceAsNumber(params.spot, 'spot');
  const sigma = positiveNumber(params.annualVolatility, 'annualVolatility');
  const years = positiveNumber(params.horizonDays, 'horizonDays') / 365;
  const mu = finiteNumber(params.annualDrift ?? 0, 'annualDrift');
  const barrier = positivePriceAsNumber(params.barrier, 'barrier');
  const stop = params.stop === undefined ? undefined : positivePriceAsNumber(params.stop, 'stop');
  const takeProfit =
    params.takeProfit === undefined ? undefined : positivePriceAsNumber(params.takeProfit, 'takeProfit');
  const bridge = params.bridgeCorrection ?? true;
  if (barrier === spot) {
    throw new LiquidationError('INVALID_ARGUMENT', 'barrier must differ from spot.', 'barrier');
  }
  const long = barrier < spot;
  if (stop !== undefined && (long ? stop >= spot : stop <= spot)) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      'stop must lie between spot and the barrier side (a stop-loss).',
      'stop',
    );
  }
  if (takeProfit !== undefined && (long ? takeProfit <= spot : takeProfit >= spot)) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      'takeProfit must lie on the profit side of spot.',
      'takeProfit',
    );
  }

  // Work on the loss side as "down": for a short, mirror the log-price (x → −x) so one loop serves both.
  const mirror = long ? 1 : -1;
  const barrierLog = mirror * Math.log(barrier / spot);
  const stopLog = stop === undefined ? Number.NEGATIVE_INFINITY : mirror * Math.log(stop / spot);
  const lossLevel = Math.max(barrierLog, stopLog);
  const lossOutcome = stopLog >= barrierLog ? STOPPED : LIQUIDATED;
  const profitLevel =
    takeProfit === undefined ? Number.POSITIVE_INFINITY : mirror * Math.log(takeProfit / spot);

  const dt = years / steps;
  const drift = mirror * (mu - (sigma * sigma) / 2) * dt;
  const vol = sigma * Math.sqrt(dt);
  const bridgeScale = 2 / (sigma * sigma * dt);
  const hasProfit = profitLevel !== Number.POSITIVE_INFINITY;
  const random = createRandom(params.seed);

  let liquidated = 0;
  let stopped = 0;
  let tookProfit = 0;
  for (let p = 0; p < paths; p++) {
    let x = 0;
    let outcome = NONE;
    for (let s = 0; s < steps; s++) {
      const next = x + drift + vol * random.normal();
      if (next <= lossLevel) {
        outcome = lossOutcome;
        break;
      }
      if (next >= profitLevel) {
        outcome = TOOK_PROFIT;
        break;
      }
      if (bridge) {
        const qLoss = bridgeScale * (x - lossLevel) * (next - lossLevel);
        if (qLoss < BRIDGE_EXPONENT_CUTOFF && random.next() < Math.exp(-qLoss)) {
          outcome = lossOutcome;
          break;
        }
        if (hasProfit) {
          const qProfit = bridgeScale * (profitLevel - x) * (profitLevel - next);
          if (qProfit < BRIDGE_EXPONENT_CUTOFF && random.next() < Math.exp(-qProfit)) {
            outcome = TOOK_PROFIT;
            break;
          }
        }
      }
      x = next;
    }
    if (outcome === LIQUIDATED) liquidated++;
    else if (outcome === STOPPED) stopped++;
    else if (outcome === TOOK_PROFIT) tookProfit++;
  }
  const share = liquidated / paths;
  return {
    paths,
    liquidated: share,
    stoppedOut: stopped / paths,
    tookProfit: tookProfit / paths,
    survived: (paths - liquidated - stopped - tookProfit) / paths,
    liquidatedStandardError: Math.sqrt((share * (1 - share)) / paths),
  };
}
