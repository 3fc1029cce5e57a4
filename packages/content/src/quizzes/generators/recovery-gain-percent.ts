import { Decimal, recoveryGain } from '@liqlab/core';
import { formatFigure, formatParameter } from '../format-quiz-number';
import type { NumericGenerator } from './numeric-generator';

export const recoveryGainPercent: NumericGenerator<'recovery-gain-percent'> = {
  id: 'recovery-gain-percent',
  unit: '%',
  params: { lossPercent: { kind: 'decimal', min: '0.1', max: '99' } },
  draw: (d) => ({ lossPercent: d.param('lossPercent', () => d.decimal('5', '80', '1')) }),
  answer: (p) => recoveryGain(new Decimal(p.lossPercent).div(100)).times(100),
  explanation: (p, answer) => {
    const left = new Decimal(100).minus(p.lossPercent);
    return `After losing ${formatParameter(p.lossPercent)}%, ${formatParameter(left.toFixed())}% is left; it must grow by ${formatParameter(p.lossPercent)} ÷ ${formatParameter(left.toFixed())} = ${formatFigure(answer)}% to get back.`;
  },
};
