import {
  bankruptcyPrice as engineBankruptcyPrice,
  formatAsGiven,
  initialMargin,
  markedGiven,
} from '@liqlab/core';
import { required } from '../numeric-question-error';
import { step, worked } from '../worked-solution';
import { isolatedLinearPosition, sideOf } from './linear-position';
import {
  BTC_PRICE_RANGE,
  LEVERAGES,
  leverageSpec,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
  sideSpec,
} from './market-params';
import type { NumericGenerator } from './numeric-generator';

export const bankruptcyPrice: NumericGenerator<'bankruptcy-price'> = {
  id: 'bankruptcy-price',
  unit: 'USDT',
  params: { side: sideSpec, entryPrice: priceSpec, quantity: quantitySpec, leverage: leverageSpec },
  draw: (d) => ({
    side: d.param('side', () => d.pick(['long', 'short'])),
    entryPrice: d.param('entryPrice', () => d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK)),
    quantity: d.param('quantity', () => d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP)),
    leverage: d.param('leverage', () => d.pick(LEVERAGES)),
  }),
  answer: (p) => required(engineBankruptcyPrice(isolatedLinearPosition(p)), 'bankruptcy price'),
  workedSolution: (p, answer) => {
    const margin = step(
      'Margin',
      'entry × quantity ÷ leverage',
      `${markedGiven(p.entryPrice)} × ${formatAsGiven(p.quantity)} ÷ ${formatAsGiven(p.leverage)}`,
      initialMargin(isolatedLinearPosition(p)),
      'USDT',
    );
    const long = sideOf(p.side) === 'long';
    return [
      margin,
      step(
        'Bankruptcy price (the loss equals the margin)',
        long ? 'entry − margin ÷ quantity' : 'entry + margin ÷ quantity',
        worked`${markedGiven(p.entryPrice)} ${long ? '−' : '+'} ${margin} ÷ ${formatAsGiven(p.quantity)}`,
        answer,
        'USDT',
      ),
    ];
  },
};
