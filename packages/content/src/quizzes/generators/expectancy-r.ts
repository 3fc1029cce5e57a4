import { Decimal, expectancyInR } from '@liqlab/core';
import { formatParameter, formatTrimmed } from '../format-quiz-number';
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
  explanation: (p, answer) => {
    const win = new Decimal(p.winRatePercent).div(100);
    return `${formatParameter(win.toFixed())} × ${formatParameter(p.averageWinR)}R − ${formatParameter(new Decimal(1).minus(win).toFixed())} × 1R = ${formatTrimmed(answer, 3)}R per trade${answer.isNegative() ? ': the strategy loses on average' : ''}.`;
  },
};
