import { formatAsGiven, marginLoanResidualAtLiquidation, markedGiven } from '@liqlab/core';
import { step } from '../worked-solution';
import type { NumericGenerator } from './numeric-generator';

const LIQUIDATION_LEVELS = ['1.03', '1.05', '1.1', '1.15', '1.2'] as const;

export const spotResidualBalance: NumericGenerator<'spot-residual-balance'> = {
  id: 'spot-residual-balance',
  unit: 'USDT',
  params: {
    debt: { kind: 'decimal', min: '0.01', max: '100000000', money: true },
    liquidationLevel: { kind: 'decimal', min: '1.001', max: '10' },
  },
  draw: (d) => ({
    debt: d.param('debt', () => d.decimal('1000', '250000', '10')),
    liquidationLevel: d.param('liquidationLevel', () => d.pick(LIQUIDATION_LEVELS)),
  }),
  // The residual does not depend on how much of the base asset is held; one unit is enough.
  answer: (p) =>
    marginLoanResidualAtLiquidation(
      { baseAsset: 1, quoteAsset: 0, baseLiability: 0, quoteLiability: p.debt },
      p.liquidationLevel,
    ).residual,
  workedSolution: (p, answer) => [
    step(
      'Most that can be left',
      'debt × (level − 1)',
      `${markedGiven(p.debt)} × (${formatAsGiven(p.liquidationLevel)} − 1)`,
      answer,
      'USDT',
    ),
  ],
};
