import { Decimal, formatAsGiven, recoveryGain } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import type { NumericGenerator } from './numeric-generator';

export const recoveryGainPercent: NumericGenerator<'recovery-gain-percent'> = {
  id: 'recovery-gain-percent',
  unit: '%',
  params: { lossPercent: { kind: 'decimal', min: '0.1', max: '99' } },
  draw: (d) => ({ lossPercent: d.param('lossPercent', () => d.decimal('5', '80', '1')) }),
  answer: (p) => recoveryGain(new Decimal(p.lossPercent).div(100)).times(100),
  workedSolution: (p, answer) => {
    const left = step(
      'What is left',
      '100 − loss',
      `100 − ${formatAsGiven(p.lossPercent)}`,
      new Decimal(100).minus(p.lossPercent),
      '%',
    );
    return [
      left,
      step(
        'Gain needed',
        'loss ÷ what is left × 100',
        worked`${formatAsGiven(p.lossPercent)} ÷ ${left} × 100`,
        answer,
        '%',
      ),
    ];
  },
};
