import { Decimal, formatAsGiven, markedGiven, unrealizedPnl } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import { isolatedLinearPosition } from './linear-position';
import {
  BTC_PRICE_RANGE,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
} from './market-params';
import type { NumericGenerator, NumericParams } from './numeric-generator';

function long(p: NumericParams<'stop-gap-slippage'>) {
  return isolatedLinearPosition({ side: 'long', entryPrice: p.entryPrice, quantity: p.quantity });
}

/**
 * A long's stop-market order in a gap or flash crash: the trigger only starts a market sell, which fills
 * wherever the book is. The extra loss is the loss at the fill minus the loss planned at the trigger.
 */
export const stopGapSlippage: NumericGenerator<'stop-gap-slippage'> = {
  id: 'stop-gap-slippage',
  unit: 'USDT',
  params: { entryPrice: priceSpec, stopPrice: priceSpec, fillPrice: priceSpec, quantity: quantitySpec },
  draw: (d) => {
    const entryPrice = d.param('entryPrice', () =>
      d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
    );
    const entry = new Decimal(entryPrice);
    const stopPrice = d.param('stopPrice', () =>
      d.decimal(entry.times('0.92'), entry.times('0.98'), PRICE_TICK),
    );
    // A gap: the first price the book offers after the trigger lies 2–10% below it.
    const stop = new Decimal(stopPrice);
    const fillPrice = d.param('fillPrice', () =>
      d.decimal(stop.times('0.9'), stop.times('0.98'), PRICE_TICK),
    );
    return {
      entryPrice,
      stopPrice,
      fillPrice,
      quantity: d.param('quantity', () => d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP)),
    };
  },
  answer: (p) => unrealizedPnl(long(p), p.stopPrice).minus(unrealizedPnl(long(p), p.fillPrice)),
  workedSolution: (p, answer) => {
    const ep = markedGiven(p.entryPrice);
    const q = formatAsGiven(p.quantity);
    const planned = step(
      'Loss planned at the trigger',
      '(entry − stop) × quantity',
      `(${ep} − ${markedGiven(p.stopPrice)}) × ${q}`,
      unrealizedPnl(long(p), p.stopPrice).negated(),
      'USDT',
    );
    const actual = step(
      'Loss at the fill',
      '(entry − fill) × quantity',
      `(${ep} − ${markedGiven(p.fillPrice)}) × ${q}`,
      unrealizedPnl(long(p), p.fillPrice).negated(),
      'USDT',
    );
    return [
      planned,
      actual,
      step(
        'Extra loss from the gap',
        'loss at the fill − planned loss',
        worked`${actual} − ${planned}`,
        answer,
        'USDT',
      ),
    ];
  },
};
