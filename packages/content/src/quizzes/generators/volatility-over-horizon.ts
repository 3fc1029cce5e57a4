import { Decimal, formatAsGiven, markedGiven, typicalMove } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import { BTC_PRICE_RANGE, PRICE_TICK, priceSpec } from './market-params';
import type { NumericGenerator } from './numeric-generator';

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
  // The square-root-of-time rule of thumb (one σ), not the engine's lognormal volatilityBand.
  answer: (p) =>
    typicalMove({
      price: p.price,
      annualVolatility: p.annualVolatility,
      horizonDays: new Decimal(p.horizonHours).div(24),
    }),
  workedSolution: (p, answer) => {
    // The √(hours ÷ 8,760) factor the learner multiplies by, read back from the engine's answer.
    const root = step(
      'Share of a year, square-rooted',
      '√(hours ÷ 8,760)',
      `√(${formatAsGiven(p.horizonHours)} ÷ 8,760)`,
      answer.div(new Decimal(p.price).times(p.annualVolatility)),
      '',
      5,
    );
    return [
      root,
      step(
        'Typical move',
        'price × annual volatility × √(hours ÷ 8,760)',
        worked`${markedGiven(p.price)} × ${formatAsGiven(p.annualVolatility)} × ${root}`,
        answer,
        'USDT',
      ),
    ];
  },
};
