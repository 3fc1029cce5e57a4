import { bankruptcyPrice, Decimal, formatAsGiven, initialMargin, markedGiven } from '@liqlab/core';
import { required } from '../numeric-question-error';
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
import type { NumericGenerator, NumericParams } from './numeric-generator';

function long(p: NumericParams<'liquidation-surplus'>) {
  return isolatedLinearPosition({
    side: 'long',
    entryPrice: p.entryPrice,
    quantity: p.quantity,
    leverage: p.leverage,
  });
}

export const liquidationSurplus: NumericGenerator<'liquidation-surplus'> = {
  id: 'liquidation-surplus',
  unit: 'USDT',
  params: { entryPrice: priceSpec, quantity: quantitySpec, leverage: leverageSpec, fillPrice: priceSpec },
  draw: (d) => {
    const entryPrice = d.param('entryPrice', () =>
      d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
    );
    const leverage = d.param('leverage', () => d.pick(LEVERAGES));
    // The engine sells somewhere around the liquidation price: from 0.5% of entry below the bankruptcy
    // price (a gap, a shortfall) to 1% above it (an orderly fill, a surplus).
    const bankrupt = new Decimal(entryPrice).times(new Decimal(1).minus(new Decimal(1).div(leverage)));
    const fillPrice = d.param('fillPrice', () =>
      d.decimal(
        bankrupt.minus(new Decimal(entryPrice).times('0.005')),
        bankrupt.plus(new Decimal(entryPrice).times('0.01')),
        PRICE_TICK,
      ),
    );
    return {
      entryPrice,
      quantity: d.param('quantity', () => d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP)),
      leverage,
      fillPrice,
    };
  },
  answer: (p) =>
    new Decimal(p.fillPrice).minus(required(bankruptcyPrice(long(p)), 'bankruptcy price')).times(p.quantity),
  workedSolution: (p, answer) => {
    const margin = step(
      'Margin',
      'entry × quantity ÷ leverage',
      `${markedGiven(p.entryPrice)} × ${formatAsGiven(p.quantity)} ÷ ${formatAsGiven(p.leverage)}`,
      initialMargin(long(p)),
      'USDT',
    );
    const bankrupt = step(
      'Bankruptcy price',
      'entry − margin ÷ quantity',
      worked`${markedGiven(p.entryPrice)} − ${margin} ÷ ${formatAsGiven(p.quantity)}`,
      required(bankruptcyPrice(long(p)), 'bankruptcy price'),
      'USDT',
    );
    return [
      margin,
      bankrupt,
      step(
        answer.isNegative()
          ? 'Shortfall (the insurance fund covers it)'
          : 'Surplus (usually kept by the insurance fund)',
        '(fill − bankruptcy price) × quantity',
        worked`(${markedGiven(p.fillPrice)} − ${bankrupt}) × ${formatAsGiven(p.quantity)}`,
        answer,
        'USDT',
      ),
    ];
  },
};
