import { annualisedFundingRate, formatAsGiven } from '@liqlab/core';
import { step } from '../worked-solution';
import { FUNDING_RATES } from './market-params';
import type { NumericGenerator } from './numeric-generator';

/** Funding every 24, 8, 4 or 1 hours: Binance and Bybit mostly 8h, some 4h, Hyperliquid hourly. */
const INTERVALS_PER_DAY = ['1', '3', '6', '24'] as const;

export const annualisedFundingPercent: NumericGenerator<'annualised-funding-percent'> = {
  id: 'annualised-funding-percent',
  unit: '%',
  params: {
    fundingRate: { kind: 'decimal', min: '-0.01', max: '0.01' },
    intervalsPerDay: { kind: 'decimal', min: '1', max: '24', integer: true },
  },
  draw: (d) => {
    const intervalsPerDay = d.param('intervalsPerDay', () => d.pick(INTERVALS_PER_DAY));
    // Hourly venues charge an eighth of the 8-hour rate, so keep their rates to the low end.
    const rates =
      Number(intervalsPerDay) > 6 ? ['0.0000125', '0.00001', '0.00002', '0.0000375'] : FUNDING_RATES;
    return { fundingRate: d.param('fundingRate', () => d.pick(rates)), intervalsPerDay };
  },
  answer: (p) => annualisedFundingRate(p).times(100),
  workedSolution: (p, answer) => [
    step(
      'Funding per year',
      'rate × intervals per day × 365 × 100',
      `${formatAsGiven(p.fundingRate)} × ${formatAsGiven(p.intervalsPerDay)} × 365 × 100`,
      answer,
      '% of notional',
    ),
  ],
};
