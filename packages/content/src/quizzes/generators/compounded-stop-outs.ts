import { balancesAfterStopOuts, formatAsGiven, markedGiven } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import type { NumericGenerator } from './numeric-generator';

const RISK_PERCENTS = ['0.5', '1', '1.5', '2', '3', '5'] as const;

export const compoundedStopOuts: NumericGenerator<'compounded-stop-outs'> = {
  id: 'compounded-stop-outs',
  unit: 'USDT',
  params: {
    balance: { kind: 'decimal', min: '1', max: '100000000', money: true },
    riskPercent: { kind: 'decimal', min: '0.01', max: '50' },
    stopOuts: { kind: 'decimal', min: '1', max: '100', integer: true },
  },
  draw: (d) => ({
    balance: d.param('balance', () => d.decimal('1000', '100000', '500')),
    riskPercent: d.param('riskPercent', () => d.pick(RISK_PERCENTS)),
    stopOuts: d.param('stopOuts', () => String(d.integer(2, 12))),
  }),
  answer: (p) => balancesAfterStopOuts(p).at(-1)!,
  workedSolution: (p, answer) => {
    // The share each stop-out keeps (1 − risk), as the engine's first step shows it.
    const [start, afterOne] = balancesAfterStopOuts({ ...p, stopOuts: 1 });
    const kept = step(
      'Share kept by each stop-out',
      '1 − risk ÷ 100',
      `1 − ${formatAsGiven(p.riskPercent)} ÷ 100`,
      afterOne!.div(start!),
      '',
      6,
    );
    return [
      kept,
      step(
        'Balance afterwards',
        'balance × share kept ^ stop-outs',
        worked`${markedGiven(p.balance)} × ${kept}^${formatAsGiven(p.stopOuts)}`,
        answer,
        'USDT',
      ),
    ];
  },
};
