import { describe, expect, it } from 'vitest';
import { closingEvent } from './closing-event';
import { replayPosition } from './replay-position';
import { pathOf } from './test-paths';
import { binanceLong10x as long } from './test-positions';

describe('closingEvent', () => {
  it('names the liquidation, not the warning that fired in the same drop', () => {
    // One tick from 99 to 90.3: past the warning's 90.566 and the liquidation price, not bankruptcy.
    const replay = replayPosition(long, pathOf([100, 99, 90.3, 95]));
    const atClose = replay.events.filter((event) => event.index === replay.closedAt);
    expect(atClose.map((event) => event.type)).toEqual(['warning', 'liquidation']);
    const closing = closingEvent(replay);
    expect(closing?.type).toBe('liquidation');
    // The fill, not the warning's mark.
    expect(closing?.price.eq(atClose[1]!.price)).toBe(true);
    expect(closing?.price.eq(atClose[0]!.price)).toBe(false);
  });

  it('names a stop-loss fill and a take-profit fill', () => {
    const stopped = replayPosition(long, pathOf([100, 97, 94, 100]), { stopLoss: { price: 95 } });
    expect(closingEvent(stopped)?.type).toBe('stop-loss');
    expect(closingEvent(stopped)?.index).toBe(2);
    const took = replayPosition(long, pathOf([100, 103, 106, 100]), { takeProfit: { price: 105 } });
    expect(closingEvent(took)?.type).toBe('take-profit');
  });

  it('is null while the position is open', () => {
    expect(closingEvent(replayPosition(long, pathOf([100, 101, 99])))).toBeNull();
  });
});
