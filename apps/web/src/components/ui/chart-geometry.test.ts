import { describe, expect, it } from 'vitest';
import { domainOf, downsample, polyline, scale } from './chart-geometry';

describe('chart geometry', () => {
  it('pads the domain and survives a flat series', () => {
    expect(domainOf([10, 20], 0.1)).toEqual({ min: 9, max: 21 });
    const flat = domainOf([5, 5]);
    expect(flat.min).toBeLessThan(5);
    expect(flat.max).toBeGreaterThan(5);
  });

  it('keeps a one-tick wick when downsampling', () => {
    const values = Array.from({ length: 10_000 }, () => 100);
    values[5_123] = 50;
    const points = downsample(values, 100);
    expect(points.length).toBeLessThanOrEqual(201);
    expect(points.some(([i, v]) => i === 5_123 && v === 50)).toBe(true);
    expect(points.at(-1)![0]).toBe(9_999);
    // time order is kept
    expect(points.every(([i], k) => k === 0 || i > points[k - 1]![0])).toBe(true);
  });

  it('maps values linearly and draws a path', () => {
    expect(scale(15, { min: 10, max: 20 }, 0, 100)).toBe(50);
    expect(
      polyline([
        [0, 1],
        [2, 3],
      ]),
    ).toBe('M0.0,1.0L2.0,3.0');
  });
});
