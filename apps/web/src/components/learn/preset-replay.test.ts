import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { describe, expect, it } from 'vitest';
import { extremeOf, replayPreset } from './preset-replay';

const replay = (id: string) => replayPreset(sandboxPreset(id)!);

describe('replayPreset', () => {
  it.each([
    ['mark-vs-last-wick-20x', 'liquidated'],
    ['mark-vs-last-wick-10x', 'open'],
    ['short-squeeze-20x', 'liquidated'],
    ['short-squeeze-3x', 'open'],
    ['stop-loss-flash-crash', 'stopped-out'],
    ['long-10x-flash-crash-no-stop', 'liquidated'],
    ['liquidation-event-drill', 'liquidated'],
  ])('%s ends %s, as its lesson says', (id, outcome) => {
    expect(replay(id).result.outcome).toBe(outcome);
  });

  it('reaches the extremes the presets state', () => {
    const squeeze = replay('short-squeeze-20x').path;
    expect(extremeOf(squeeze.mark, 'max').value).toBeCloseTo(69_000, -3);
    const wick = replay('mark-vs-last-wick-10x').path;
    expect(extremeOf(wick.mark, 'min').value).toBeGreaterThan(54_271);
    expect(extremeOf(wick.last!, 'min').value).toBeLessThan(54_000);
  });
});
