import { formatAsGiven, markedGiven, targetPrice } from '@liqlab/core';
import { required } from '../numeric-question-error';
import { step } from '../worked-solution';
import { isolatedLinearPosition } from './linear-position';
import { BTC_PRICE_RANGE, feeRateSpec, PRICE_TICK, priceSpec, TAKER_FEE_RATES } from './market-params';
import type { NumericGenerator } from './numeric-generator';

export const breakEvenPrice: NumericGenerator<'break-even-price'> = {
  id: 'break-even-price',
  unit: 'USDT',
  params: { entryPrice: priceSpec, takerFeeRate: feeRateSpec },
  draw: (d) => ({
    entryPrice: d.param('entryPrice', () => d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK)),
    takerFeeRate: d.param('takerFeeRate', () => d.pick(TAKER_FEE_RATES)),
  }),
  // The exit at which the return after both taker fees is zero; size and leverage cancel out.
  answer: (p) =>
    required(
      targetPrice(
        isolatedLinearPosition({
          side: 'long',
          entryPrice: p.entryPrice,
          quantity: 1,
          leverage: 1,
          takerFeeRate: p.takerFeeRate,
        }),
        0,
        { includeFees: true },
      ),
      'break-even price',
    ),
  workedSolution: (p, answer) => [
    step(
      'Break-even exit',
      'entry × (1 + fee) ÷ (1 − fee)',
      `${markedGiven(p.entryPrice)} × (1 + ${formatAsGiven(p.takerFeeRate)}) ÷ (1 − ${formatAsGiven(p.takerFeeRate)})`,
      answer,
      'USDT',
    ),
  ],
};
