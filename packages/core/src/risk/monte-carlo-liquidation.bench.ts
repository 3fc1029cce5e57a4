import { bench, describe } from 'vitest';
import { monteCarloLiquidation } from './monte-carlo-liquidation';

describe('monteCarloLiquidation', () => {
  bench(
    '10 000 paths × 1 000 steps',
    () => {
      monteCarloLiquidation({
        seed: 'bench',
        paths: 10_000,
        steps: 1_000,
        spot: 60_000,
        barrier: 54_000,
        annualVolatility: 0.7,
        horizonDays: 30,
      });
    },
    { iterations: 5, warmupIterations: 1 },
  );

  bench(
    '10 000 paths × 1 000 steps, far barrier (every path runs all 1 000 steps)',
    () => {
      monteCarloLiquidation({
        seed: 'bench',
        paths: 10_000,
        steps: 1_000,
        spot: 60_000,
        barrier: 20_000,
        annualVolatility: 0.7,
        horizonDays: 30,
      });
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
