import {
  formatAsGiven,
  initialMargin,
  liquidationPrice,
  maintenanceMargin,
  markedGiven,
  RULE_SET_CATALOG,
} from '@liqlab/core';
import { required } from '../numeric-question-error';
import { step, worked } from '../worked-solution';
import { isolatedLinearPosition, rulesOf, sideOf } from './linear-position';
import {
  BTC_PRICE_RANGE,
  LEVERAGES,
  leverageSpec,
  maintenanceRateSpec,
  maintenanceRatesFor,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
  sideSpec,
} from './market-params';
import type { NumericGenerator, NumericParams } from './numeric-generator';

/**
 * The linear rule sets whose published isolated formula needs nothing beyond these parameters (no fee,
 * no contract size, maintenance from a rate): read from core's catalog, and the explanation below
 * writes out each one's formula (a test fails for a rule set it does not know).
 */
export const RULES = RULE_SET_CATALOG.filter(
  (info) =>
    info.contract === 'linear' && info.requiredInputs.length === 0 && !info.maintenanceFromMaxLeverage,
).map((info) => info.id);

function position(p: NumericParams<'isolated-liquidation-price'>) {
  return isolatedLinearPosition({ ...p, rules: rulesOf(p.rules) });
}

export const isolatedLiquidationPrice: NumericGenerator<'isolated-liquidation-price'> = {
  id: 'isolated-liquidation-price',
  unit: 'USDT',
  params: {
    rules: { kind: 'enum', values: RULES },
    side: sideSpec,
    entryPrice: priceSpec,
    quantity: quantitySpec,
    leverage: leverageSpec,
    maintenanceMarginRate: maintenanceRateSpec,
  },
  draw: (d) => {
    const leverage = d.param('leverage', () => d.pick(LEVERAGES));
    return {
      rules: d.param('rules', () => d.pick(RULES)),
      side: d.param('side', () => d.pick(['long', 'short'])),
      entryPrice: d.param('entryPrice', () =>
        d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
      ),
      quantity: d.param('quantity', () => d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP)),
      leverage,
      maintenanceMarginRate: d.param('maintenanceMarginRate', () => d.pick(maintenanceRatesFor(leverage))),
    };
  },
  answer: (p) => required(liquidationPrice(position(p)), 'liquidation price'),
  workedSolution: (p, answer) => {
    const ep = markedGiven(p.entryPrice);
    const q = formatAsGiven(p.quantity);
    const mmr = formatAsGiven(p.maintenanceMarginRate);
    const margin = step(
      'Margin',
      'entry × quantity ÷ leverage',
      `${ep} × ${q} ÷ ${formatAsGiven(p.leverage)}`,
      initialMargin(position(p)),
      'USDT',
    );
    const long = sideOf(p.side) === 'long';
    if (rulesOf(p.rules) === 'bybit-linear') {
      // Bybit values the maintenance margin at the entry price, not at the liquidation price.
      const maintenance = step(
        'Maintenance margin, valued at entry',
        'entry × quantity × maintenance rate',
        `${ep} × ${q} × ${mmr}`,
        maintenanceMargin(position(p), p.entryPrice),
        'USDT',
      );
      return [
        margin,
        maintenance,
        step(
          'Liquidation price (Bybit)',
          long
            ? 'entry − (margin − maintenance margin) ÷ quantity'
            : 'entry + (margin − maintenance margin) ÷ quantity',
          worked`${ep} ${long ? '−' : '+'} (${margin} − ${maintenance}) ÷ ${q}`,
          answer,
          'USDT',
        ),
      ];
    }
    // Binance and Bybit's unified account both value the maintenance margin at the mark: one algebra.
    const unified = rulesOf(p.rules) === 'bybit-linear-unified';
    return [
      margin,
      step(
        unified
          ? 'Liquidation price (Bybit unified account, maintenance valued at the mark)'
          : 'Liquidation price (Binance)',
        long
          ? '(entry × quantity − margin) ÷ (quantity × (1 − maintenance rate))'
          : '(entry × quantity + margin) ÷ (quantity × (1 + maintenance rate))',
        long
          ? worked`(${ep} × ${q} − ${margin}) ÷ (${q} × (1 − ${mmr}))`
          : worked`(${ep} × ${q} + ${margin}) ÷ (${q} × (1 + ${mmr}))`,
        answer,
        'USDT',
      ),
    ];
  },
};
