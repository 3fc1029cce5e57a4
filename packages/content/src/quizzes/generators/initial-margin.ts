import { Decimal, initialMargin as engineInitialMargin } from '@liqlab/core';
import { formatFigure, formatParameter } from '../format-quiz-number';
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
  explanation: (p, answer) => {
    const notional = new Decimal(p.entryPrice).times(p.quantity);
    return `Notional = ${formatParameter(p.entryPrice)} × ${formatParameter(p.quantity)} = ${formatFigure(notional)} USDT; initial margin = notional ÷ leverage = ${formatFigure(notional)} ÷ ${formatParameter(p.leverage)} = ${formatFigure(answer)} USDT.`;
  },
};
