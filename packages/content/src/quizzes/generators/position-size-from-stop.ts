import { Decimal, positionSizeForRisk } from '@liqlab/core';
import { formatFigure, formatParameter, formatTrimmed } from '../format-quiz-number';
import { BTC_PRICE_RANGE, feeRateSpec, PRICE_TICK, priceSpec, TAKER_FEE_RATES } from './market-params';
import type { NumericGenerator } from './numeric-generator';

const RISK_PERCENTS = ['0.25', '0.5', '1', '1.5', '2'] as const;

export const positionSizeFromStop: NumericGenerator<'position-size-from-stop'> = {
  id: 'position-size-from-stop',
  unit: 'BTC',
  params: {
    balance: { kind: 'decimal', min: '1', max: '100000000' },
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
  explanation: (p, answer) => {
    const risk = new Decimal(p.balance).times(p.riskPercent).div(100);
    const distance = new Decimal(p.entryPrice).minus(p.stopPrice);
    const entryFee = new Decimal(p.entryPrice).times(p.takerFeeRate);
    const stopFee = new Decimal(p.stopPrice).times(p.takerFeeRate);
    return `Risk = ${formatParameter(p.balance)} × ${formatParameter(p.riskPercent)}% = ${formatFigure(risk)} USDT; loss per BTC = ${formatFigure(distance)} + ${formatFigure(entryFee)} + ${formatFigure(stopFee)} = ${formatFigure(distance.plus(entryFee).plus(stopFee))}; quantity = ${formatFigure(risk)} ÷ ${formatFigure(distance.plus(entryFee).plus(stopFee))} ≈ ${formatTrimmed(answer, 6)} BTC.`;
  },
};
