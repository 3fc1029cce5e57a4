import { Decimal } from '@liqlab/core';
import { formatFigure, formatParameter, formatTrimmed } from '../format-quiz-number';
import { BTC_PRICE_RANGE, PRICE_TICK, priceSpec } from './market-params';
import type { NumericGenerator } from './numeric-generator';

const HOURS_PER_YEAR = new Decimal(8760);
const HORIZON_HOURS = ['1', '4', '8', '12', '24', '48', '72', '168'] as const;

export const volatilityOverHorizon: NumericGenerator<'volatility-over-horizon'> = {
  id: 'volatility-over-horizon',
  unit: 'USDT',
  params: {
    annualVolatility: { kind: 'decimal', min: '0.01', max: '5' },
    horizonHours: { kind: 'decimal', min: '0.01', max: '87600' },
    price: priceSpec,
  },
  draw: (d) => ({
    // Bitcoin's realised volatility has mostly run between 35% and 100% a year.
    annualVolatility: d.param('annualVolatility', () => d.decimal('0.35', '1', '0.05')),
    horizonHours: d.param('horizonHours', () => d.pick(HORIZON_HOURS)),
    price: d.param('price', () => d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK)),
  }),
  // Square-root-of-time scaling of a one-sigma move. The engine's volatilityBand is the lognormal
  // band (exp(±zσ√T), with drift correction), a different figure, so this rule of thumb is computed here.
  answer: (p) =>
    new Decimal(p.price)
      .times(p.annualVolatility)
      .times(new Decimal(p.horizonHours).div(HOURS_PER_YEAR).sqrt()),
  explanation: (p, answer) => {
    const root = new Decimal(p.horizonHours).div(HOURS_PER_YEAR).sqrt();
    return `Typical move = price × σ × √(hours ÷ 8,760) = ${formatParameter(p.price)} × ${formatParameter(p.annualVolatility)} × √(${formatParameter(p.horizonHours)} ÷ 8,760) = ${formatParameter(p.price)} × ${formatParameter(p.annualVolatility)} × ${formatTrimmed(root, 5)} ≈ ${formatFigure(answer)} USDT.`;
  },
};
