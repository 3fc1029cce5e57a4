import { Decimal, liquidationProbability } from '@liqlab/core';
import { formatFigure, formatParameter } from '../format-quiz-number';
import type { NumericGenerator } from './numeric-generator';

/**
 * Reference walk for the engine's first-passage formula: σ = 1 over one year, so σ√T = 1 and a barrier
 * at spot × e^k is k standard deviations away; drift μ = σ²/2 makes the log-price driftless (ν = 0),
 * where the formula reduces to the reflection principle, 2 × (1 − Φ(k)).
 */
const SPOT = 100;
const VOLATILITY = 1;
const DRIFTLESS_LOG = VOLATILITY ** 2 / 2;

export const stopTouchProbability: NumericGenerator<'stop-touch-probability'> = {
  id: 'stop-touch-probability',
  unit: '%',
  params: { sigmas: { kind: 'decimal', min: '0.1', max: '5' } },
  draw: (d) => ({ sigmas: d.param('sigmas', () => d.decimal('0.5', '3', '0.1')) }),
  answer: (p) => {
    const probability = liquidationProbability({
      spot: SPOT,
      barrier: SPOT * Math.exp(Number(p.sigmas)),
      annualVolatility: VOLATILITY,
      horizonDays: 365,
      annualDrift: DRIFTLESS_LOG,
    });
    // A float from the normal distribution; 10 significant digits is all it means.
    return new Decimal(probability.toPrecision(10)).times(100);
  },
  explanation: (p, answer) => {
    const phi = new Decimal(1).minus(answer.div(200));
    return `Reflection principle: P(touch) = 2 × (1 − Φ(${formatParameter(p.sigmas)})) = 2 × (1 − ${formatFigure(phi, 4)}) ≈ ${formatFigure(answer)}%.`;
  },
};
