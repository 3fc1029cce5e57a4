import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { describe, expect, it } from 'vitest';
import { replayPreset } from './replay-preset';

const replay = (id: string) => replayPreset(sandboxPreset(id)!);
const lowest = (values: ArrayLike<number>) => Math.min(...Array.from(values));
const highest = (values: ArrayLike<number>) => Math.max(...Array.from(values));

describe('replayPreset', () => {
  it.each([
    ['mark-vs-last-wick-20x', 'liquidated'],
    ['mark-vs-last-wick-10x', 'open'],
    ['short-squeeze-20x', 'liquidated'],
    ['short-squeeze-3x', 'open'],
    ['stop-loss-flash-crash', 'stopped-out'],
    ['long-10x-flash-crash-no-stop', 'liquidated'],
    ['liquidation-event-drill', 'liquidated'],
    ['funding-slow-bleed-cross', 'open'],
  ])('%s ends %s, as its lesson says', (id, outcome) => {
    expect(replay(id).result.outcome).toBe(outcome);
  });

  it('reaches the extremes the presets state', () => {
    const squeeze = replay('short-squeeze-20x').path;
    expect(highest(squeeze.mark)).toBeCloseTo(69_000, -3);
    const wick = replay('mark-vs-last-wick-10x').path;
    expect(lowest(wick.mark)).toBeGreaterThan(54_271);
    expect(lowest(wick.last!)).toBeLessThan(54_000);
  });

  it('pays funding every 8 hours where the preset promises it, and charges fees only where they are on', () => {
    const funding = replay('funding-slow-bleed-cross').result;
    // 720 hours of a long paying a positive rate: one payment per 8 hours, each one a cost.
    const payments = funding.events.filter((event) => event.type === 'funding');
    expect(payments).toHaveLength(720 / 8);
    expect(payments.every((event) => event.amount!.isNegative())).toBe(true);
    expect(funding.totalFees.isPositive()).toBe(true);
    expect(replay('long-10x-slow-bleed').result.totalFees.isZero()).toBe(true);
  });
});
