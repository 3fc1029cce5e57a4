import { Decimal, formatAsGiven, markedGiven } from '@liqlab/core';
import { step } from '../worked-solution';
import {
  BTC_PRICE_RANGE,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
} from './market-params';
import type { NumericGenerator } from './numeric-generator';

export const notionalValue: NumericGenerator<'notional-value'> = {
  id: 'notional-value',
  unit: 'USDT',
  params: { entryPrice: priceSpec, quantity: quantitySpec },
  draw: (d) => ({
    entryPrice: d.param('entryPrice', () => d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK)),
    quantity: d.param('quantity', () => d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP)),
  }),
  // Plain multiplication: the engine's notional is internal, and this is the definition itself.
  answer: (p) => new Decimal(p.entryPrice).times(p.quantity),
  workedSolution: (p, answer) => [
    step(
      'Notional value',
      'price × quantity',
      `${markedGiven(p.entryPrice)} × ${formatAsGiven(p.quantity)}`,
      answer,
      'USDT',
    ),
  ],
};
