import { bankruptcyPrice as engineBankruptcyPrice, initialMargin } from '@liqlab/core';
import { formatFigure, formatParameter } from '../format-quiz-number';
import { required } from '../numeric-question-error';
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
  explanation: (p, answer) => {
    const margin = initialMargin(isolatedLinearPosition(p));
    const sign = sideOf(p.side) === 'long' ? '−' : '+';
    return `Margin = ${formatParameter(p.entryPrice)} × ${formatParameter(p.quantity)} ÷ ${formatParameter(p.leverage)} = ${formatFigure(margin)} USDT. The ${p.side} is bankrupt when its loss equals the margin: ${formatParameter(p.entryPrice)} ${sign} ${formatFigure(margin)} ÷ ${formatParameter(p.quantity)} = ${formatFigure(answer)} USDT.`;
  },
};
