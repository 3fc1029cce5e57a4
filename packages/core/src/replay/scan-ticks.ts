import type { PricePath } from '../paths/price-path';

/**
 * The only per-tick work of a replay: compare the tick against four float price thresholds and one
 * time threshold, all precomputed from exact Decimal figures at the previous event. A threshold that
 * cannot be reached is ±Infinity. Low thresholds fire at `price <= low`, high ones at `price >= high`.
 */
export interface TickThresholds {
  markLow: number;
  markHigh: number;
  lastLow: number;
  lastHigh: number;
  /** First tick time at or after which something time-based happens (funding, interest). */
  time: number;
}

/**
 * Index of the first tick in [from, end) that touches a threshold, or `end` when none does.
 * Two loops so the common mark-only path has no per-tick branch on `last`. Nothing is allocated.
 */
export function nextTriggeredTick(path: PricePath, from: number, end: number, th: TickThresholds): number {
  const { t, mark, last } = path;
  const { markLow, markHigh, lastLow, lastHigh, time } = th;
  if (last === undefined || (lastLow === Number.NEGATIVE_INFINITY && lastHigh === Number.POSITIVE_INFINITY)) {
    // No separate last price means last = mark: fold the last-price thresholds into the mark's.
    const low = last === undefined ? Math.max(markLow, lastLow) : markLow;
    const high = last === undefined ? Math.min(markHigh, lastHigh) : markHigh;
    for (let i = from; i < end; i++) {
      const m = mark[i]!;
      if (m <= low || m >= high || t[i]! >= time) return i;
    }
    return end;
  }
  for (let i = from; i < end; i++) {
    const m = mark[i]!;
    const l = last[i]!;
    if (m <= markLow || m >= markHigh || l <= lastLow || l >= lastHigh || t[i]! >= time) return i;
  }
  return end;
}

/**
 * Float thresholds are widened by a relative hair toward the safe side, so float rounding can only make
 * a tick trigger early (then the exact Decimal check at the event declines it), never late.
 */
const WIDEN = 1e-9;

export function lowTrigger(price: number): number {
  return price === Number.NEGATIVE_INFINITY ? price : price * (1 + WIDEN);
}

export function highTrigger(price: number): number {
  return price === Number.POSITIVE_INFINITY ? price : price * (1 - WIDEN);
}
