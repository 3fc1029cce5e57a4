import type { ReplayEvent, ReplayEventType, ReplayResult } from './replay-events';

const CLOSING: ReadonlySet<ReplayEventType> = new Set(['liquidation', 'stop-loss', 'take-profit']);

/**
 * The event that closed the position — its fill price and its time — or null while it is open. Other
 * events can share the closing tick (a margin warning, the bankruptcy price crossed, in a gap), so
 * the tick alone does not name it.
 */
export function closingEvent(replay: Pick<ReplayResult, 'events' | 'closedAt'>): ReplayEvent | null {
  if (replay.closedAt === null) return null;
  return replay.events.find((event) => event.index === replay.closedAt && CLOSING.has(event.type)) ?? null;
}
