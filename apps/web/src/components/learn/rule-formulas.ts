import type { Rules } from '@liqlab/core';

/** The formula each venue publishes, written for a single isolated position (side = +1 long, −1 short). */
export const RULE_FORMULAS: Record<Rules, string> = {
  'binance-usdm': 'LP = (margin − side × qty × entry + cum) ÷ (qty × MMR − side × qty)',
  'binance-coinm': 'Inverse: solved in 1 ÷ price, margin and PnL in the coin (Binance COIN-M FAQ)',
  'bybit-linear': 'LP = entry − side × (margin − entry × qty × MMR + deduction) ÷ qty',
  'bybit-linear-unified': 'LP = (qty × entry − side × (margin + deduction)) ÷ (qty × (1 − side × MMR))',
  'bybit-inverse': 'Inverse: solved in 1 ÷ price, margin and PnL in the coin (Bybit inverse contract help)',
  'okx-linear': 'LP = (margin − side × qty × entry) ÷ (qty × (MMR + taker fee − side))',
  'gate-linear': 'LP = (entry − side × margin ÷ qty) ÷ (1 − side × (MMR + taker fee))',
  hyperliquid: 'LP = entry − side × (margin − maintenance) ÷ qty ÷ (1 − side × l)',
};
