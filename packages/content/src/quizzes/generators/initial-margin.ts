import { initialMargin as engineInitialMargin } from '@liqlab/core';
import { formatParameter } from '../format-quiz-number';
import { shown, step } from '../worked-solution';
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
      `${formatParameter(p.entryPrice)} × ${formatParameter(p.quantity)}`,
      engineInitialMargin(isolatedLinearPosition({ side: 'long', ...p, leverage: 1 })),
      'USDT',
    );
    return [
      notional,
      step(
        'Initial margin',
        'notional ÷ leverage',
        `${shown(notional)} ÷ ${formatParameter(p.leverage)}`,
        answer,
        'USDT',
      ),
    ];
  },
};
