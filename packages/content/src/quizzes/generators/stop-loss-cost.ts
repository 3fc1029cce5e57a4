import { closingFee, Decimal, formatAsGiven, markedGiven, openingFee, unrealizedPnl } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import { isolatedLinearPosition } from './linear-position';
import {
  BTC_PRICE_RANGE,
  feeRateSpec,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
  TAKER_FEE_RATES,
} from './market-params';
import type { NumericGenerator, NumericParams } from './numeric-generator';

function costs(p: NumericParams<'stop-loss-cost'>) {
  const long = isolatedLinearPosition({
    side: 'long',
    entryPrice: p.entryPrice,
    quantity: p.quantity,
    takerFeeRate: p.takerFeeRate,
  });
  return {
    priceLoss: unrealizedPnl(long, p.fillPrice).negated(),
    entryFee: openingFee(long),
    exitFee: closingFee(long, p.fillPrice),
  };
}

export const stopLossCost: NumericGenerator<'stop-loss-cost'> = {
  id: 'stop-loss-cost',
  unit: 'USDT',
  params: {
    entryPrice: priceSpec,
    stopPrice: priceSpec,
    fillPrice: priceSpec,
    quantity: quantitySpec,
    takerFeeRate: feeRateSpec,
  },
  draw: (d) => {
    const entryPrice = d.param('entryPrice', () =>
      d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
    );
    const entry = new Decimal(entryPrice);
    // A stop 0.5–8% under the entry, filled up to 1% worse (a gap or thin book), never better.
    const stopPrice = d.param('stopPrice', () =>
      d.decimal(entry.times('0.92'), entry.times('0.995'), PRICE_TICK),
    );
    const stop = new Decimal(stopPrice);
    const fillPrice = d.param('fillPrice', () => d.decimal(stop.times('0.99'), stop, PRICE_TICK));
    return {
      entryPrice,
      stopPrice,
      fillPrice,
      quantity: d.param('quantity', () => d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP)),
      takerFeeRate: d.param('takerFeeRate', () => d.pick(TAKER_FEE_RATES)),
    };
  },
  answer: (p) => {
    const { priceLoss, entryFee, exitFee } = costs(p);
    return priceLoss.plus(entryFee).plus(exitFee);
  },
  workedSolution: (p, answer) => {
    const { priceLoss, entryFee, exitFee } = costs(p);
    const ep = markedGiven(p.entryPrice);
    const fill = markedGiven(p.fillPrice);
    const q = formatAsGiven(p.quantity);
    const fee = formatAsGiven(p.takerFeeRate);
    const loss = step(
      'Price loss at the fill (not the stop)',
      '(entry − fill) × quantity',
      `(${ep} − ${fill}) × ${q}`,
      priceLoss,
      'USDT',
    );
    const inFee = step('Entry fee', 'fee rate × entry × quantity', `${fee} × ${ep} × ${q}`, entryFee, 'USDT');
    const outFee = step('Exit fee', 'fee rate × fill × quantity', `${fee} × ${fill} × ${q}`, exitFee, 'USDT');
    return [
      loss,
      inFee,
      outFee,
      step(
        'Realized loss',
        'price loss + entry fee + exit fee',
        worked`${loss} + ${inFee} + ${outFee}`,
        answer,
        'USDT',
      ),
    ];
  },
};
