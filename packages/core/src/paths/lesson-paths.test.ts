import { describe, expect, it } from 'vitest';
import { isPathShapeName, namedPath, PATH_SHAPES } from './named-path';
import { assertPricePath, type PricePath } from './price-path';

const max = (a: Float64Array) => a.reduce((m, x) => Math.max(m, x), -Infinity);
const min = (a: Float64Array) => a.reduce((m, x) => Math.min(m, x), Infinity);

/** Number of separate times the path goes from above `level` to at-or-below it. */
function downCrossings(prices: Float64Array, level: number): number {
  let count = 0;
  for (let i = 1; i < prices.length; i++) if (prices[i - 1]! > level && prices[i]! <= level) count++;
  return count;
}

describe('named lesson paths', () => {
  it('lists every shape once, each buildable, valid and reproducible', () => {
    const names = PATH_SHAPES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const shape of PATH_SHAPES) {
      const params =
        shape.name === 'gbm'
          ? { seed: 1, startPrice: 100, annualVolatility: 0.6, horizonDays: 7, steps: 500 }
          : { seed: 1 };
      const a = namedPath(shape.name, params as never) as PricePath;
      expect(() => assertPricePath(a)).not.toThrow();
      expect(a).toEqual(namedPath(shape.name, params as never));
      expect(a.last !== undefined).toBe(shape.hasLastPrice);
      expect(shape.description.length).toBeGreaterThan(20);
    }
    expect(isPathShapeName('moon')).toBe(false);
    expect(() => namedPath('moon' as 'gbm', {} as never)).toThrow(/Unknown path shape/);
  });

  it('short squeeze: makes a new high, then squeezes well above it', () => {
    const path = namedPath('short-squeeze-after-new-high', { seed: 'sq' });
    const n = path.mark.length;
    const firstHalfHigh = max(path.mark.subarray(0, Math.floor(n * 0.5) + 1));
    expect(firstHalfHigh).toBeGreaterThan(105);
    expect(max(path.mark)).toBeGreaterThan(firstHalfHigh * 1.25);
  });

  it('flash-crash wick: the last price wicks far deeper than the mark, then both recover', () => {
    const path = namedPath('flash-crash-wick', { seed: 'wick' });
    const last = path.last!;
    expect(min(last)).toBeLessThan(80);
    expect(min(path.mark)).toBeGreaterThan(90);
    expect(min(path.mark)).toBeLessThan(97);
    for (let i = 0; i < last.length; i++) expect(last[i]!).toBeLessThanOrEqual(path.mark[i]!);
    expect(path.mark[path.mark.length - 1]).toBeGreaterThan(95);
  });

  it('flash-crash wick: the bottoms land exactly on the stated extremes, below the start price', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const path = namedPath('flash-crash-wick', {
        seed,
        startPrice: 60_000,
        wickPercent: 11,
        markDipPercent: 4.5,
      });
      expect(min(path.last!)).toBeCloseTo(60_000 * 0.89, 6);
      expect(min(path.mark)).toBeCloseTo(60_000 * 0.955, 6);
    }
  });

  it('choppy range: hits a tight stop repeatedly but never a stop outside the range', () => {
    const path = namedPath('choppy-range', { seed: 'chop', rangePercent: 3 });
    expect(downCrossings(path.mark, 98)).toBeGreaterThanOrEqual(5);
    expect(min(path.mark)).toBeGreaterThanOrEqual(97);
    expect(max(path.mark)).toBeLessThanOrEqual(103);
  });

  it('slow bleed: ends about the requested decline lower without a single large drop', () => {
    const path = namedPath('slow-bleed', { seed: 'bleed', declinePercent: 30 });
    expect(path.mark[path.mark.length - 1]).toBeCloseTo(70, 6);
    let worstStep = 0;
    for (let i = 1; i < path.mark.length; i++)
      worstStep = Math.min(worstStep, path.mark[i]! / path.mark[i - 1]! - 1);
    expect(worstStep).toBeGreaterThan(-0.01);
  });

  it('rejects impossible parameters', () => {
    expect(() => namedPath('flash-crash-wick', { wickPercent: 5, markDipPercent: 10 })).toThrow(
      /markDipPercent/,
    );
    expect(() => namedPath('choppy-range', { rangePercent: 100 })).toThrow(/rangePercent/);
  });
});
