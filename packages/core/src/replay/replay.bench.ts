import { bench, describe } from 'vitest';
import { gbmPath } from '../paths/gbm-path';
import type { PositionSpec } from '../types';
import { replayPosition } from './replay-position';

// 1 000 000 one-second ticks (11.6 days) of a 60 %-volatility market: a 5x long survives it, so the
// replay walks every tick; with funding every 8 h it also handles 34 events with exact recomputation.
const TICKS = 1_000_000;
const path = gbmPath({
  seed: 'bench',
  startPrice: 60_000,
  annualVolatility: 0.6,
  horizonDays: TICKS / 86_400,
  steps: TICKS - 1,
});
const spec: PositionSpec = {
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '60000',
  quantity: '0.5',
  leverage: '5',
  maintenanceMarginRate: '0.004',
};

// The same ticks with a separate last price 0.01 % under the mark, so the scan compares both arrays.
const withLast = { ...path, last: path.mark.map((m) => m * 0.9999) };

describe(`replayPosition over ${TICKS.toLocaleString('en')} ticks`, () => {
  bench('thresholds only (warnings at 0.8)', () => {
    replayPosition(spec, path);
  });
  bench('with funding every 8 h, stop-loss and take-profit on last', () => {
    replayPosition(spec, path, {
      funding: { rate: '0.0001' },
      stopLoss: { price: 30_000, trigger: 'last' },
      takeProfit: { price: 200_000, trigger: 'last' },
      fees: { takerFeeRate: '0.0005' },
    });
  });
  bench('mark and last arrays, stop-loss on last', () => {
    replayPosition(spec, withLast, {
      stopLoss: { price: 30_000, trigger: 'last' },
      funding: { rate: '0.0001' },
    });
  });
});
