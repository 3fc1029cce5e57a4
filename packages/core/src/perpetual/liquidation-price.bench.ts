import { bench, describe } from 'vitest';
import { Decimal } from '../decimal';
import type { PositionSpec } from '../types';
import { liquidationPrice } from './liquidation-price';
import { binanceBtcusdtTiers } from './presets/binance-btcusdt-tiers';

// Tiered Binance USDS-M liquidation price (target ≥ 100,000 calls/s). The tier table is the shared
// preset, as in the UI; the spec's own numbers vary so nothing is constant-folded.
const longs: PositionSpec[] = Array.from({ length: 64 }, (_, i) => ({
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: String(60000 + i * 13.7),
  quantity: String(0.05 + i * 0.41),
  leverage: String(5 + (i % 15)),
  tiers: binanceBtcusdtTiers,
}));
const crossShorts: PositionSpec[] = longs.map((spec, i) => ({
  ...spec,
  side: 'short',
  marginMode: 'cross',
  walletBalance: String(20000 + i * 1000),
}));

// The replay and risk code pass Decimals rather than strings (no parsing, only a clone).
const decimalLongs: PositionSpec[] = longs.map((spec) => ({
  ...spec,
  entryPrice: new Decimal(spec.entryPrice),
  quantity: new Decimal(spec.quantity),
  leverage: new Decimal(spec.leverage as string),
}));

describe('liquidationPrice, binance-usdm with the BTCUSDT bracket table', () => {
  let i = 0;
  bench('isolated long (strings in)', () => {
    liquidationPrice(longs[i++ & 63]!);
  });
  bench('cross short (strings in)', () => {
    liquidationPrice(crossShorts[i++ & 63]!);
  });
  bench('isolated long (Decimals in)', () => {
    liquidationPrice(decimalLongs[i++ & 63]!);
  });
});
