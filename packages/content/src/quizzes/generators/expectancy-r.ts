import { Decimal, expectancyInR, formatAsGiven } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import type { NumericGenerator } from './numeric-generator';

export const expectancyR: NumericGenerator<'expectancy-r'> = {
  id: 'expectancy-r',
  unit: 'R',
  params: {
    winRatePercent: { kind: 'decimal', min: '1', max: '99' },
    averageWinR: { kind: 'decimal', min: '0.1', max: '20' },
  },
  draw: (d) => ({
    winRatePercent: d.param('winRatePercent', () => d.decimal('20', '70', '5')),
    averageWinR: d.param('averageWinR', () => d.decimal('0.5', '4', '0.1')),
  }),
  answer: (p) =>
    expectancyInR({ winRate: new Decimal(p.winRatePercent).div(100), averageWinR: p.averageWinR }),
  workedSolution: (p, answer) => {
    const win = step(
      'Win rate as a share',
      'win rate ÷ 100',
      `${formatAsGiven(p.winRatePercent)} ÷ 100`,
      new Decimal(p.winRatePercent).div(100),
      '',
      4,
    );
    return [
      win,
      step(
        answer.isNegative() ? 'Expected result per trade (a loss on average)' : 'Expected result per trade',
        'p × average win − (1 − p) × 1R',
        worked`${win} × ${formatAsGiven(p.averageWinR)} − (1 − ${win}) × 1`,
        answer,
        'R',
        3,
      ),
    ];
  },
};
