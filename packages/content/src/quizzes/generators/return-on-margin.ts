import { Decimal, formatAsGiven, pnlAndRoe } from '@liqlab/core';
import { step } from '../worked-solution';
import { isolatedLinearPosition } from './linear-position';
import { LEVERAGES, leverageSpec } from './market-params';
import type { NumericGenerator } from './numeric-generator';

/** Return on margin does not depend on price or size, so any reference position gives the same figure. */
const REFERENCE_ENTRY = new Decimal(100);

export const returnOnMargin: NumericGenerator<'return-on-margin'> = {
  id: 'return-on-margin',
  unit: '%',
  params: {
    priceChangePercent: { kind: 'decimal', min: '0.01', max: '50' },
    leverage: leverageSpec,
  },
  draw: (d) => ({
    priceChangePercent: d.param('priceChangePercent', () => d.decimal('0.2', '8', '0.1')),
    leverage: d.param('leverage', () => d.pick(LEVERAGES)),
  }),
  answer: (p) => {
    const position = isolatedLinearPosition({
      side: 'long',
      entryPrice: REFERENCE_ENTRY,
      quantity: 1,
      leverage: p.leverage,
    });
    const exit = REFERENCE_ENTRY.times(new Decimal(p.priceChangePercent).div(100).plus(1));
    return pnlAndRoe(position, exit).roe.times(100);
  },
  workedSolution: (p, answer) => [
    step(
      'Return on margin',
      'price change × leverage (before fees)',
      `${formatAsGiven(p.priceChangePercent)}% × ${formatAsGiven(p.leverage)}`,
      answer,
      '%',
    ),
  ],
};
