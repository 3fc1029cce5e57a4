import { initialMargin as engineInitialMargin, formatAsGiven, markedGiven } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import { isolatedLinearPosition } from './linear-position';
import {
  BTC_PRICE_RANGE,
  LEVERAGES,
  leverageSpec,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
} from './market-params';
import type { NumericGenerator } from './numeric-generator';

export const initialMargin: NumericGenerator<'initial-margin'> = {
  id: 'initial-margin',
  unit: 'USDT',
  params: { entryPrice: priceSpec, quantity: quantitySpec, leverage: leverageSpec },
  draw: (d) => ({
    entryPrice: d.param('entryPrice', () => d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK)),
    quantity: d.param('quantity', () => d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP)),
    leverage: d.param('leverage', () => d.pick(LEVERAGES)),
  }),
  answer: (p) => engineInitialMargin(isolatedLinearPosition({ side: 'long', ...p })),
  workedSolution: (p, answer) => {
    const notional = step(
      'Notional value',
      'price × quantity',
      `${markedGiven(p.entryPrice)} × ${formatAsGiven(p.quantity)}`,
      engineInitialMargin(isolatedLinearPosition({ side: 'long', ...p, leverage: 1 })),
      'USDT',
    );
    return [
      notional,
      step(
        'Initial margin',
        'notional ÷ leverage',
        worked`${notional} ÷ ${formatAsGiven(p.leverage)}`,
        answer,
        'USDT',
      ),
    ];
  },
};
