import type { PricePath } from '../paths/price-path';

/** A hand-built path for tests: one tick per minute from the epoch unless told otherwise. */
export function pathOf(
  marks: readonly number[],
  opts: { last?: readonly number[]; stepMs?: number; start?: number } = {},
): PricePath {
  const stepMs = opts.stepMs ?? 60_000;
  const start = opts.start ?? 0;
  const path: PricePath = {
    t: Float64Array.from(marks, (_, i) => start + i * stepMs),
    mark: Float64Array.from(marks),
  };
  if (opts.last) path.last = Float64Array.from(opts.last);
  return path;
}
