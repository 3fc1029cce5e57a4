import type { PricePath } from '@liqlab/core';

/** A chart of ~2,000 points per series draws in a frame on a phone; more adds nothing a screen can show. */
export const DISPLAY_POINTS = 2_000;

/**
 * Tick indices to draw: every tick for short paths; otherwise the first, the last, each bucket's
 * lowest and highest mark and last price (so no wick or spike disappears), and every `keep` index
 * (replay events, so their markers land on a drawn point). Sorted, without duplicates.
 */
export function displayIndices(
  path: PricePath,
  keep: readonly number[] = [],
  target: number = DISPLAY_POINTS,
): Int32Array {
  const n = path.mark.length;
  if (n <= target) return Int32Array.from({ length: n }, (_, i) => i);
  const buckets = Math.max(1, Math.floor(target / 2));
  const size = n / buckets;
  const chosen = new Set<number>([0, n - 1]);
  const series = path.last ? [path.mark, path.last] : [path.mark];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(n, Math.floor((b + 1) * size));
    for (const values of series) {
      let lo = start;
      let hi = start;
      for (let i = start + 1; i < end; i++) {
        if (values[i]! < values[lo]!) lo = i;
        if (values[i]! > values[hi]!) hi = i;
      }
      chosen.add(lo);
      chosen.add(hi);
    }
  }
  for (const index of keep) if (index >= 0 && index < n) chosen.add(index);
  return Int32Array.from(chosen).sort();
}

/** The last position in sorted `indices` whose tick is at or before `tick` (for the playhead). */
export function displayedUpTo(indices: Int32Array, tick: number): number {
  let lo = 0;
  let hi = indices.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (indices[mid]! <= tick) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
