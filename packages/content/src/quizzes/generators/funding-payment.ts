import { fundingPayment as engineFundingPayment, formatAsGiven, markedGiven } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import { isolatedLinearPosition } from './linear-position';
import {
  BTC_PRICE_RANGE,
  FUNDING_RATES,
  feeRateSpec,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
} from './market-params';
import type { NumericGenerator, NumericParams } from './numeric-generator';

/** A long pays a positive rate; the price stays at entry, so every interval costs the same. */
function perInterval(p: NumericParams<'funding-payment'>) {
  const position = isolatedLinearPosition({ side: 'long', entryPrice: p.entryPrice, quantity: p.quantity });
  return engineFundingPayment(position, p.entryPrice, p.fundingRate);
}

export const fundingPayment: NumericGenerator<'funding-payment'> = {
  id: 'funding-payment',
  unit: 'USDT',
  params: {
    entryPrice: priceSpec,
    quantity: quantitySpec,
    fundingRate: feeRateSpec,
    intervals: { kind: 'decimal', min: '1', max: '1095', integer: true },
  },
  draw: (d) => ({
    entryPrice: d.param('entryPrice', () => d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK)),
    quantity: d.param('quantity', () => d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP)),
    fundingRate: d.param('fundingRate', () => d.pick(FUNDING_RATES)),
    // Up to 30 days of 8-hour intervals.
    intervals: d.param('intervals', () => String(d.integer(3, 90))),
  }),
  answer: (p) => perInterval(p).times(p.intervals),
  workedSolution: (p, answer) => {
    const interval = step(
      'Funding per interval',
      'price × quantity × funding rate',
      `${markedGiven(p.entryPrice)} × ${formatAsGiven(p.quantity)} × ${formatAsGiven(p.fundingRate)}`,
      perInterval(p),
      'USDT',
      4,
    );
    return [
      interval,
      step(
        'Funding paid',
        'per interval × intervals',
        worked`${interval} × ${formatAsGiven(p.intervals)}`,
        answer,
        'USDT',
      ),
    ];
  },
};
