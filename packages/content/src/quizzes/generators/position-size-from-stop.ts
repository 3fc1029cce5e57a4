import { Decimal, formatAsGiven, markedGiven, positionSizeForRisk } from '@liqlab/core';
import { step, worked } from '../worked-solution';
import { BTC_PRICE_RANGE, feeRateSpec, PRICE_TICK, priceSpec, TAKER_FEE_RATES } from './market-params';
import type { NumericGenerator } from './numeric-generator';

const RISK_PERCENTS = ['0.25', '0.5', '1', '1.5', '2'] as const;

export const positionSizeFromStop: NumericGenerator<'position-size-from-stop'> = {
  id: 'position-size-from-stop',
  unit: 'BTC',
  params: {
    balance: { kind: 'decimal', min: '1', max: '100000000', money: true },
    riskPercent: { kind: 'decimal', min: '0.01', max: '100' },
    entryPrice: priceSpec,
    stopPrice: priceSpec,
    takerFeeRate: feeRateSpec,
  },
  draw: (d) => {
    const entryPrice = d.param('entryPrice', () =>
      d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
    );
    const entry = new Decimal(entryPrice);
    return {
      balance: d.param('balance', () => d.decimal('1000', '100000', '500')),
      riskPercent: d.param('riskPercent', () => d.pick(RISK_PERCENTS)),
      entryPrice,
      // A long's stop 0.5–6% below the entry.
      stopPrice: d.param('stopPrice', () => d.decimal(entry.times('0.94'), entry.times('0.995'), PRICE_TICK)),
      takerFeeRate: d.param('takerFeeRate', () => d.pick(TAKER_FEE_RATES)),
    };
  },
  // Unrounded: the exercise asks for the exact size; the exchange's lot step is a separate rounding down.
  answer: (p) =>
    positionSizeForRisk({
      balance: p.balance,
      riskPercent: p.riskPercent,
      entryPrice: p.entryPrice,
      stopPrice: p.stopPrice,
      feeRate: p.takerFeeRate,
    }),
  workedSolution: (p, answer) => {
    const entry = new Decimal(p.entryPrice);
    const risk = step(
      'Amount at risk',
      'balance × risk ÷ 100',
      `${markedGiven(p.balance)} × ${formatAsGiven(p.riskPercent)} ÷ 100`,
      new Decimal(p.balance).times(p.riskPercent).div(100),
      'USDT',
    );
    const perUnit = step(
      'Loss per BTC if the stop fills',
      '(entry − stop) + fee × entry + fee × stop',
      `(${markedGiven(p.entryPrice)} − ${markedGiven(p.stopPrice)}) + ${formatAsGiven(p.takerFeeRate)} × ${markedGiven(p.entryPrice)} + ${formatAsGiven(p.takerFeeRate)} × ${markedGiven(p.stopPrice)}`,
      entry
        .minus(p.stopPrice)
        .plus(entry.times(p.takerFeeRate))
        .plus(new Decimal(p.stopPrice).times(p.takerFeeRate)),
      'USDT',
    );
    return [
      risk,
      perUnit,
      step('Quantity', 'amount at risk ÷ loss per BTC', worked`${risk} ÷ ${perUnit}`, answer, 'BTC', 6),
    ];
  },
};
