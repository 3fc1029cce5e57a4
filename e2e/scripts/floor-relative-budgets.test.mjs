import { describe, expect, it } from 'vitest';
import { FLOOR_BUDGETS, judgeAgainstFloor, median, summarizeRuns } from './floor-relative-budgets.mjs';

/** A minimal Lighthouse result: the fields the budgets read. */
function lhr({ performance, tbt, accessibility = 1, bestPractices = 1, benchmarkIndex = 2000 }) {
  return {
    categories: {
      performance: { score: performance },
      accessibility: { score: accessibility },
      'best-practices': { score: bestPractices },
    },
    audits: { 'total-blocking-time': { numericValue: tbt } },
    environment: { benchmarkIndex },
  };
}

const page = (performance, tbtMs, extra = {}) => ({
  performance,
  tbtMs,
  accessibility: 100,
  bestPractices: 100,
  ...extra,
});

describe('median', () => {
  it('takes the middle of an odd number of values, whatever their order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([3])).toBe(3);
  });

  it('refuses an even or empty list instead of picking a side', () => {
    expect(() => median([1, 2])).toThrow(/odd/);
    expect(() => median([])).toThrow(/odd/);
  });
});

describe('summarizeRuns', () => {
  it('takes each column’s own median and keeps the benchmark index as a range', () => {
    const summary = summarizeRuns([
      lhr({ performance: 0.8, tbt: 900, benchmarkIndex: 1200 }),
      lhr({ performance: 0.9, tbt: 300, benchmarkIndex: 2700 }),
      lhr({ performance: 0.85, tbt: 1000, benchmarkIndex: 2000 }),
    ]);
    // The median score (85) comes from the run whose TBT is 1,000; the median TBT is 900.
    expect(summary.performance).toBe(85);
    expect(summary.tbtMs).toBe(900);
    expect(summary.performanceRuns).toEqual([80, 90, 85]);
    expect(summary.benchmarkIndex).toEqual([1200, 2700]);
  });

  it('refuses a run without a TBT figure', () => {
    const broken = lhr({ performance: 0.9, tbt: 100 });
    delete broken.audits['total-blocking-time'];
    expect(() => summarizeRuns([broken])).toThrow(/total-blocking-time/);
  });
});

describe('judgeAgainstFloor', () => {
  const floor = page(92, 340);

  it('passes a page exactly at the edge of its budget', () => {
    const { points, tbtMs } = FLOOR_BUDGETS.lesson;
    const verdict = judgeAgainstFloor('lesson', page(92 - points, 340 + tbtMs), floor);
    expect(verdict.misses).toEqual([]);
    expect(verdict.pointsOverFloor).toBe(-points);
    expect(verdict.tbtOverFloorMs).toBe(tbtMs);
  });

  it('fails a page one point or one millisecond past the edge', () => {
    const { points, tbtMs } = FLOOR_BUDGETS.lesson;
    expect(judgeAgainstFloor('lesson', page(92 - points - 1, 340), floor).misses).toHaveLength(1);
    expect(judgeAgainstFloor('lesson', page(92, 340 + tbtMs + 1), floor).misses).toHaveLength(1);
  });

  it('gives the sandbox its wider budget and the others the narrow one', () => {
    const slow = page(87, 600);
    expect(judgeAgainstFloor('sandbox', slow, floor).misses).toEqual([]);
    expect(judgeAgainstFloor('home', slow, floor).misses).toHaveLength(2);
  });

  it('judges accessibility and best practices on their own, not against the floor', () => {
    const verdict = judgeAgainstFloor('home', page(95, 300, { accessibility: 98, bestPractices: 93 }), floor);
    expect(verdict.misses).toEqual(['accessibility 98 < 100', 'best practices 93 < 95']);
  });

  it('refuses a page it has no budget for', () => {
    expect(() => judgeAgainstFloor('gallery', page(90, 300), floor)).toThrow(/no floor budget/);
  });
});
