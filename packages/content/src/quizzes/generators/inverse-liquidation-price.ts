import {
  Decimal,
  formatAsGiven,
  initialMargin,
  liquidationPrice,
  maintenanceMargin,
  markedGiven,
  type PositionSpec,
} from '@liqlab/core';
import { required } from '../numeric-question-error';
import { step, worked } from '../worked-solution';
import {
  BTC_PRICE_RANGE,
  leverageSpec,
  maintenanceRateSpec,
  maintenanceRatesFor,
  PRICE_TICK,
  priceSpec,
} from './market-params';
import type { NumericGenerator, NumericParams } from './numeric-generator';

/** Coin-margined leverages as traders use them; above 20× an inverse long is rarely held. */
const INVERSE_LEVERAGES = ['2', '3', '5', '8', '10', '12', '15', '20'] as const;

/** An isolated Bybit inverse long: `contracts` of 1 USD each, margin and PnL in BTC. */
function inverseLong(p: NumericParams<'inverse-liquidation-price'>): PositionSpec {
  return {
    rules: 'bybit-inverse',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: p.entryPrice,
    quantity: p.contracts,
    contractSize: '1',
    leverage: p.leverage,
    maintenanceMarginRate: p.maintenanceMarginRate,
  };
}

/**
 * Liquidation price of an inverse (coin-margined) long under Bybit's published formula (cited in core's
 * bybit-inverse.ts): LP = contracts ÷ (position value + initial margin − maintenance margin), every
 * value in BTC. The collateral is the coin itself, so a falling price shrinks it too.
 */
export const inverseLiquidationPrice: NumericGenerator<'inverse-liquidation-price'> = {
  id: 'inverse-liquidation-price',
  unit: 'USD',
  params: {
    entryPrice: priceSpec,
    contracts: { kind: 'decimal', min: '1', max: '100000000', integer: true },
    leverage: leverageSpec,
    maintenanceMarginRate: maintenanceRateSpec,
  },
  draw: (d) => {
    const leverage = d.param('leverage', () => d.pick(INVERSE_LEVERAGES));
    return {
      entryPrice: d.param('entryPrice', () =>
        d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
      ),
      contracts: d.param('contracts', () => String(d.integer(10, 2000) * 100)),
      leverage,
      maintenanceMarginRate: d.param('maintenanceMarginRate', () => d.pick(maintenanceRatesFor(leverage))),
    };
  },
  answer: (p) => required(liquidationPrice(inverseLong(p)), 'liquidation price'),
  workedSolution: (p, answer) => {
    const ep = markedGiven(p.entryPrice);
    const n = formatAsGiven(p.contracts);
    const value = step(
      'Position value in BTC',
      'contracts × 1 USD ÷ entry',
      `${n} ÷ ${ep}`,
      new Decimal(p.contracts).div(p.entryPrice),
      'BTC',
      8,
    );
    const margin = step(
      'Initial margin',
      'position value ÷ leverage',
      worked`${value} ÷ ${formatAsGiven(p.leverage)}`,
      initialMargin(inverseLong(p)),
      'BTC',
      8,
    );
    const maintenance = step(
      'Maintenance margin, valued at entry',
      'position value × maintenance rate',
      worked`${value} × ${formatAsGiven(p.maintenanceMarginRate)}`,
      maintenanceMargin(inverseLong(p), p.entryPrice),
      'BTC',
      8,
    );
    return [
      value,
      margin,
      maintenance,
      step(
        'Liquidation price (Bybit inverse)',
        'contracts × 1 USD ÷ (position value + initial margin − maintenance margin)',
        worked`${n} ÷ (${value} + ${margin} − ${maintenance})`,
        answer,
        'USD',
      ),
    ];
  },
};
