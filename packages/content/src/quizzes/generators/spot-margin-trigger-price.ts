import { Decimal, formatAsGiven, marginLiquidationPrice, markedGiven } from '@liqlab/core';
import { required } from '../numeric-question-error';
import { step, worked } from '../worked-solution';
import { BTC_PRICE_RANGE } from './market-params';
import { type NumericGenerator, roundToStep } from './numeric-generator';

/** Binance Margin's thresholds: liquidation at 1.1 (1.05 on 10x cross), margin calls at 1.3 and 1.5. */
const LEVELS = ['1.05', '1.1', '1.2', '1.3', '1.5'] as const;

export const spotMarginTriggerPrice: NumericGenerator<'spot-margin-trigger-price'> = {
  id: 'spot-margin-trigger-price',
  unit: 'USDT',
  params: {
    baseAsset: { kind: 'decimal', min: '0.001', max: '1000' },
    quoteLiability: { kind: 'decimal', min: '0.01', max: '100000000', money: true },
    level: { kind: 'decimal', min: '1.01', max: '10' },
  },
  draw: (d) => {
    const baseAsset = d.param('baseAsset', () => d.decimal('0.05', '3', '0.001'));
    // Bought at a BTC price in range, with 2x–5x of the holding borrowed.
    const quoteLiability = d.param('quoteLiability', () => {
      const price = d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, '1000');
      return roundToStep(new Decimal(baseAsset).times(price).times(d.decimal('0.5', '0.8', '0.05')), '1');
    });
    return { baseAsset, quoteLiability, level: d.param('level', () => d.pick(LEVELS)) };
  },
  answer: (p) =>
    required(
      marginLiquidationPrice(
        { baseAsset: p.baseAsset, quoteAsset: 0, baseLiability: 0, quoteLiability: p.quoteLiability },
        p.level,
      ),
      'trigger price',
    ),
  workedSolution: (p, answer) => {
    const assets = step(
      'Asset value at the trigger',
      'level × debt',
      `${formatAsGiven(p.level)} × ${markedGiven(p.quoteLiability)}`,
      new Decimal(p.level).times(p.quoteLiability),
      'USDT',
    );
    return [
      assets,
      step(
        'Trigger price',
        'asset value ÷ quantity',
        worked`${assets} ÷ ${formatAsGiven(p.baseAsset)}`,
        answer,
        'USDT',
      ),
    ];
  },
};
