import { formatAsGiven, markedGiven, simpleInterest } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import type { NumericGenerator } from './numeric-generator';

/** Daily USDT borrowing rates on the margin venues: about 3.7% to 18% a year. */
const DAILY_RATES = ['0.0001', '0.00015', '0.0002', '0.00025', '0.0003', '0.0005'] as const;

export const borrowingInterest: NumericGenerator<'borrowing-interest'> = {
  id: 'borrowing-interest',
  unit: 'USDT',
  params: {
    debt: { kind: 'decimal', min: '0.01', max: '100000000', money: true },
    dailyRate: { kind: 'decimal', min: '0', max: '0.01' },
    days: { kind: 'decimal', min: '1', max: '3650', integer: true },
  },
  draw: (d) => ({
    debt: d.param('debt', () => d.decimal('500', '200000', '50')),
    dailyRate: d.param('dailyRate', () => d.pick(DAILY_RATES)),
    days: d.param('days', () => String(d.integer(1, 90))),
  }),
  answer: (p) => simpleInterest({ principal: p.debt, ratePerPeriod: p.dailyRate, periods: p.days }),
  workedSolution: (p, answer) => {
    const oneDay = step(
      'Interest for one day',
      'debt × daily rate',
      `${markedGiven(p.debt)} × ${formatAsGiven(p.dailyRate)}`,
      simpleInterest({ principal: p.debt, ratePerPeriod: p.dailyRate, periods: 1 }),
      'USDT',
      4,
    );
    return [
      oneDay,
      step(
        'Interest accrued',
        'one day × days',
        worked`${oneDay} × ${formatAsGiven(p.days)}`,
        answer,
        'USDT',
      ),
    ];
  },
};
