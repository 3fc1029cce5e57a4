import type { PositionSpec } from '../types';

/**
 * The replay tests' position: a Binance USDS-M isolated long, 1 @ 100, 10x, MMR 0.5%. Margin 10,
 * liquidation price (10 − 100) / (0.005 − 1) = 90.4522…, bankruptcy 90; a margin ratio of 0.8 (the
 * default warning) at 72 / 0.795 = 90.566…
 */
export const binanceLong10x: PositionSpec = {
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '100',
  quantity: '1',
  leverage: '10',
  maintenanceMarginRate: '0.005',
};
