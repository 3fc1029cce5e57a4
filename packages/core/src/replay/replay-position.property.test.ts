import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liquidationPrice } from '../perpetual/liquidation-price';
import { marginRatio } from '../perpetual/margin-ratio';
import { binanceBtcusdtTiers } from '../perpetual/presets/binance-btcusdt-tiers';
import type { PositionSpec } from '../types';
import { replayPosition } from './replay-position';
import { pathOf } from './test-paths';

/** Positions across rule sets: linear and inverse, fixed rate and bracket tables, isolated and cross. */
const specArb: fc.Arbitrary<PositionSpec> = fc
  .record({
    kind: fc.constantFrom('binance-tiers', 'binance-cross', 'bybit', 'coinm', 'okx', 'hyperliquid'),
    side: fc.constantFrom('long' as const, 'short' as const),
    leverage: fc.integer({ min: 2, max: 40 }),
    quantity: fc.integer({ min: 1, max: 400 }),
  })
  .map(({ kind, side, leverage, quantity }): PositionSpec => {
    const common = { side, entryPrice: '100', leverage: String(leverage) } as const;
    switch (kind) {
      case 'binance-tiers':
        return {
          ...common,
          rules: 'binance-usdm',
          marginMode: 'isolated',
          quantity: String(quantity * 10),
          tiers: binanceBtcusdtTiers,
        };
      case 'binance-cross':
        return {
          rules: 'binance-usdm',
          side,
          entryPrice: '100',
          marginMode: 'cross',
          quantity: String(quantity),
          walletBalance: String((quantity * 100) / leverage),
          maintenanceMarginRate: '0.01',
          otherPositions: [
            { side: 'long', quantity: '1', entryPrice: '50', markPrice: '45', maintenanceMarginRate: '0.02' },
          ],
        };
      case 'bybit':
        return {
          ...common,
          rules: 'bybit-linear',
          marginMode: 'isolated',
          quantity: String(quantity),
          maintenanceMarginRate: '0.005',
        };
      case 'coinm':
        return {
          ...common,
          rules: 'binance-coinm',
          marginMode: 'isolated',
          quantity: String(quantity),
          contractSize: '100',
          maintenanceMarginRate: '0.004',
        };
      case 'okx':
        return {
          ...common,
          rules: 'okx-linear',
          marginMode: 'isolated',
          quantity: String(quantity),
          maintenanceMarginRate: '0.004',
          takerFeeRate: '0.0005',
        };
      default:
        return {
          ...common,
          rules: 'hyperliquid',
          marginMode: 'isolated',
          quantity: String(quantity),
          maxLeverage: '50',
        };
    }
  });

/** A random walk starting at entry, in steps of up to ±4 %. */
const walkArb = fc
  .array(fc.double({ min: -0.04, max: 0.04, noNaN: true }), { minLength: 1, maxLength: 120 })
  .map((steps) => {
    const marks = [100];
    for (const s of steps) marks.push(marks[marks.length - 1]! * (1 + s));
    return marks;
  });

describe('replayPosition — properties', () => {
  it('agrees with a tick-by-tick brute force on the exact formulas (warnings and liquidation)', () => {
    fc.assert(
      fc.property(specArb, walkArb, (spec, marks) => {
        const r = replayPosition(spec, pathOf(marks), { warningRatios: ['0.5', '0.8'] });
        const lp = liquidationPrice(spec);
        const long = spec.side === 'long';
        const liqIndex = lp === null ? -1 : marks.findIndex((m) => (long ? lp.gte(m) : lp.lte(m)));
        const stopAt = liqIndex === -1 ? marks.length : liqIndex + 1;
        const expected: string[] = [];
        for (const level of [0.5, 0.8]) {
          const k = marks.slice(0, stopAt).findIndex((m) => marginRatio(spec, m).gte(level));
          if (k !== -1) expected.push(`warning@${k}`);
        }
        const got = r.events.map((e) => `${e.type}@${e.index}`);
        expect(got.filter((g) => g.startsWith('warning')).sort()).toEqual(expected.sort());
        if (liqIndex === -1) {
          expect(r.outcome).toBe('open');
        } else {
          expect(r.outcome).toBe('liquidated');
          expect(r.closedAt).toBe(liqIndex);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never liquidates a position whose path stays on the safe side of the liquidation price', () => {
    fc.assert(
      fc.property(
        specArb,
        fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (spec, fractions) => {
          const lp = liquidationPrice(spec);
          const long = spec.side === 'long';
          // Every tick strictly between the liquidation price and 3× entry (long) or 0.3× entry (short).
          const edge = lp?.toNumber() ?? (long ? 0 : 1000);
          const far = long ? 300 : 30;
          const marks = fractions.map((f) => {
            const m = edge + (far - edge) * f;
            return long ? Math.max(m, edge * (1 + 1e-12)) : Math.min(m, edge * (1 - 1e-12));
          });
          fc.pre(marks.every((m) => (lp === null ? true : long ? lp.lt(m) : lp.gt(m))));
          const r = replayPosition(spec, pathOf(marks), { warningRatios: [0.9] });
          expect(r.outcome).toBe('open');
          expect(r.events.some((e) => e.type === 'liquidation')).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
