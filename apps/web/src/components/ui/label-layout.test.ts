import { describe, expect, it } from 'vitest';
import { boxesOverlap, lineTitleCandidates, markerCandidates, placeLabels } from './label-layout';

const bounds = { width: 320, height: 240 };
const size = { width: 60, height: 14 };

describe('placeLabels', () => {
  it('keeps the titles of two lines a few pixels apart from covering each other', () => {
    // Liquidation and bankruptcy prices of a 50× long sit a few pixels apart on a phone's chart.
    const placed = placeLabels(
      [
        { id: 'liq', ...size, candidates: lineTitleCandidates(120, size, 316, 64) },
        { id: 'bk', ...size, candidates: lineTitleCandidates(124, size, 316, 64) },
        { id: 'stop', ...size, candidates: lineTitleCandidates(127, size, 316, 64) },
      ],
      bounds,
    );
    const boxes = [...placed.values()];
    expect(boxes).toHaveLength(3);
    for (const [i, one] of boxes.entries())
      for (const other of boxes.slice(i + 1)) expect(boxesOverlap(one, other)).toBe(false);
    // The first keeps its preferred place: right-aligned just above its line.
    expect(placed.get('liq')).toEqual({ left: 256, top: 106, ...size });
  });

  it('stacks the labels of markers at the same point instead of drawing them over each other', () => {
    const point = { x: 100, y: 120 };
    const placed = placeLabels(
      ['Liquidation', 'Warning', 'Margin call'].map((id) => ({
        id,
        ...size,
        candidates: markerCandidates(point, size, bounds.width, true),
      })),
      bounds,
    );
    const tops = [...placed.values()].map((box) => box.top);
    expect(tops).toEqual([100, 86, 72]);
  });

  it('leaves a label out when no candidate is free, and never places one outside the chart', () => {
    const placed = placeLabels(
      [
        { id: 'a', ...size, candidates: [{ left: 0, top: 0 }] },
        {
          id: 'b',
          ...size,
          candidates: [
            { left: 10, top: 5 },
            { left: -5, top: 50 },
            { left: 300, top: 50 },
          ],
        },
      ],
      bounds,
    );
    expect([...placed.keys()]).toEqual(['a']);
  });

  it('places no two labels over each other nor over a taken area, over many crowded layouts', () => {
    // A fixed-seed generator: the same 200 crowded layouts on every run.
    let seed = 20240101;
    const next = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % max;
    };
    const taken = [{ left: 150, top: 100, width: 9, height: 9 }];
    for (let run = 0; run < 200; run++) {
      const requests = Array.from({ length: 1 + next(25) }, (_, i) => {
        const point = { x: next(360) - 20, y: next(280) - 20 };
        const label = { width: 8 + next(112), height: 14 };
        return {
          id: String(i),
          ...label,
          candidates:
            i % 2 === 0
              ? markerCandidates(point, label, bounds.width, next(2) === 0)
              : lineTitleCandidates(point.y, label, bounds.width - 4, 124),
        };
      });
      const placed = [...placeLabels(requests, bounds, taken).values()];
      expect(placed.length).toBeGreaterThan(0);
      for (const [i, one] of placed.entries()) {
        expect(one.left).toBeGreaterThanOrEqual(0);
        expect(one.top).toBeGreaterThanOrEqual(0);
        expect(one.left + one.width).toBeLessThanOrEqual(bounds.width);
        expect(one.top + one.height).toBeLessThanOrEqual(bounds.height);
        expect(boxesOverlap(one, taken[0]!)).toBe(false);
        for (const other of placed.slice(i + 1)) expect(boxesOverlap(one, other)).toBe(false);
      }
    }
  });
});
