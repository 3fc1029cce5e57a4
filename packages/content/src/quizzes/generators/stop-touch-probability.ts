import { Decimal, formatAsGiven, liquidationProbability } from '@liqlab/core';
import { step } from '../worked-solution';
import type { NumericGenerator } from './numeric-generator';

/**
 * Reference walk for the engine's first-passage formula: σ = 1 over one year, so σ√T = 1 and a barrier
 * at spot × e^k is k standard deviations away; drift μ = σ²/2 makes the log-price driftless (ν = 0),
 * where the formula reduces to the reflection principle, 2 × (1 − Φ(k)).
 */
const SPOT = 100;
const VOLATILITY = 1;
const DRIFTLESS_LOG = VOLATILITY ** 2 / 2;

/** The engine's touch probability (a fraction) of a level `sigmas` standard deviations away. */
function touchProbability(sigmas: string): Decimal {
  const probability = liquidationProbability({
    spot: SPOT,
    barrier: SPOT * Math.exp(Number(sigmas)),
    annualVolatility: VOLATILITY,
    horizonDays: 365,
    annualDrift: DRIFTLESS_LOG,
  });
  // A float from the normal distribution; 10 significant digits is all it means.
  return new Decimal(probability.toPrecision(10));
}

/** The probability, in percent, that lesson 9's table prints and this generator grades. */
export function touchProbabilityPercent(sigmas: string): Decimal {
  return touchProbability(sigmas).times(100);
}

export const stopTouchProbability: NumericGenerator<'stop-touch-probability'> = {
  id: 'stop-touch-probability',
  unit: '%',
  params: {
    sigmas: { kind: 'decimal', min: '0.1', max: '5' },
    normalCdf: { kind: 'decimal', min: '0.5', max: '1' },
  },
  draw: (d) => {
    const sigmas = d.param('sigmas', () => d.decimal('0.5', '3', '0.1'));
    // The lesson tabulates only a few k, so the prompt gives Φ(k) (4 decimals, as a table prints it):
    // Φ(k) = 1 − P(touch) ÷ 2 by the reflection principle.
    const normalCdf = d.param('normalCdf', () =>
      new Decimal(1)
        .minus(touchProbability(sigmas).div(2))
        .toDecimalPlaces(4, Decimal.ROUND_HALF_UP)
        .toFixed(),
    );
    return { sigmas, normalCdf };
  },
  answer: (p) => touchProbabilityPercent(p.sigmas),
  workedSolution: (p, answer) => [
    step(
      'Probability of a touch (reflection principle)',
      '2 × (1 − Φ(k)) × 100',
      `2 × (1 − ${formatAsGiven(p.normalCdf)}) × 100`,
      answer,
      '%',
    ),
  ],
};
