import {
  Decimal,
  formatAsGiven,
  type MarginAccount,
  marginAccountValue,
  marginLevel,
  markedGiven,
} from '@liqlab/core';
import { step, worked } from '../worked-solution';
import { BTC_PRICE_RANGE, PRICE_TICK, priceSpec } from './market-params';
import { type NumericGenerator, type NumericParams, roundToStep } from './numeric-generator';

function accountOf(p: NumericParams<'spot-margin-level'>): MarginAccount {
  return {
    baseAsset: p.baseAsset,
    quoteAsset: 0,
    baseLiability: 0,
    quoteLiability: p.quoteLiability,
    interest: p.interest,
  };
}

export const spotMarginLevel: NumericGenerator<'spot-margin-level'> = {
  id: 'spot-margin-level',
  unit: 'ratio',
  params: {
    baseAsset: { kind: 'decimal', min: '0.001', max: '1000' },
    price: priceSpec,
    quoteLiability: { kind: 'decimal', min: '0.01', max: '100000000', money: true },
    interest: { kind: 'decimal', min: '0', max: '10000000', money: true },
  },
  draw: (d) => {
    const baseAsset = d.param('baseAsset', () => d.decimal('0.05', '3', '0.001'));
    const price = d.param('price', () => d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK));
    // Debt worth 30–85% of the holding (margin level about 1.2 to 3.3), as 3x–5x margin accounts run.
    const value = new Decimal(baseAsset).times(price);
    const quoteLiability = d.param('quoteLiability', () =>
      roundToStep(value.times(d.decimal('0.3', '0.85', '0.01')), '1'),
    );
    // Days to weeks of interest at a few basis points a day.
    const interest = d.param('interest', () =>
      roundToStep(new Decimal(quoteLiability).times(d.decimal('0.0005', '0.01', '0.0001')), '0.01'),
    );
    return { baseAsset, price, quoteLiability, interest };
  },
  answer: (p) => marginLevel(accountOf(p), p.price),
  workedSolution: (p, answer) => {
    const { assets, debt } = marginAccountValue(accountOf(p), p.price);
    const assetStep = step(
      'Asset value',
      'quantity × price',
      `${formatAsGiven(p.baseAsset)} × ${markedGiven(p.price)}`,
      assets,
      'USDT',
    );
    const debtStep = step(
      'Debt',
      'loan + accrued interest',
      `${markedGiven(p.quoteLiability)} + ${markedGiven(p.interest)}`,
      debt,
      'USDT',
    );
    return [
      assetStep,
      debtStep,
      step('Margin level', 'asset value ÷ debt', worked`${assetStep} ÷ ${debtStep}`, answer, '', 4),
    ];
  },
};
