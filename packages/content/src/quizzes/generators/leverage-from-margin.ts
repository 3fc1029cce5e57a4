import { Decimal, effectiveLeverage, formatAsGiven, initialMargin, markedGiven } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import { isolatedLinearPosition } from './linear-position';
import {
  amountSpec,
  BTC_PRICE_RANGE,
  LEVERAGES,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
} from './market-params';
import { type NumericGenerator, roundToStep } from './numeric-generator';

export const leverageFromMargin: NumericGenerator<'leverage-from-margin'> = {
  id: 'leverage-from-margin',
  unit: '×',
  params: { entryPrice: priceSpec, quantity: quantitySpec, margin: amountSpec },
  draw: (d) => {
    const entryPrice = d.param('entryPrice', () =>
      d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
    );
    const quantity = d.param('quantity', () =>
      d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP),
    );
    // A margin near a common leverage, rounded to whole USDT as a trader would post it.
    const margin = d.param('margin', () =>
      roundToStep(new Decimal(entryPrice).times(quantity).div(d.pick(LEVERAGES)), '1'),
    );
    return { entryPrice, quantity, margin };
  },
  // Leverage after a margin change of zero is entry notional ÷ the margin behind the position.
  answer: (p) => effectiveLeverage(isolatedLinearPosition({ side: 'long', ...p }), 0),
  workedSolution: (p, answer) => {
    const notional = step(
      'Notional value',
      'price × quantity',
      `${markedGiven(p.entryPrice)} × ${formatAsGiven(p.quantity)}`,
      initialMargin(isolatedLinearPosition({ side: 'long', ...p, leverage: 1 })),
      'USDT',
    );
    return [
      notional,
      step('Leverage', 'notional ÷ margin', worked`${notional} ÷ ${markedGiven(p.margin)}`, answer, '×'),
    ];
  },
};
