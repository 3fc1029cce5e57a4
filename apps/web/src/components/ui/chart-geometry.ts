/**
 * Pixel geometry for the small inline SVG charts. Prices arrive as floats here only to be placed on
 * screen; no figure shown as text is computed in this file.
 */
export interface Domain {
  min: number;
  max: number;
}

/** A padded domain covering every value given (ignores non-finite values). */
export function domainOf(values: Iterable<number>, padding = 0.05): Domain {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) return { min: 0, max: 1 };
  if (min === max) {
    const pad = Math.abs(min) * 0.01 || 1;
    return { min: min - pad, max: max + pad };
  }
  const pad = (max - min) * padding;
  return { min: min - pad, max: max + pad };
}

export function scale(value: number, domain: Domain, from: number, to: number): number {
  return from + ((value - domain.min) / (domain.max - domain.min)) * (to - from);
}

/**
 * Keeps at most ~2 × buckets points, with each bucket's minimum and maximum in time order, so a
 * wick a few ticks wide still shows on a 300-pixel chart. Returns [index, value] pairs.
 */
export function downsample(values: ArrayLike<number>, buckets = 200): [number, number][] {
  const n = values.length;
  if (n <= buckets * 2) return Array.from({ length: n }, (_, i) => [i, values[i]!] as [number, number]);
  const out: [number, number][] = [];
  const size = n / buckets;
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(n, Math.floor((b + 1) * size));
    let lo = start;
    let hi = start;
    for (let i = start; i < end; i++) {
      if (values[i]! < values[lo]!) lo = i;
      if (values[i]! > values[hi]!) hi = i;
    }
    const [first, second] = lo <= hi ? [lo, hi] : [hi, lo];
    out.push([first, values[first]!]);
    if (second !== first) out.push([second, values[second]!]);
  }
  if (out[out.length - 1]![0] !== n - 1) out.push([n - 1, values[n - 1]!]);
  return out;
}

/** An SVG path `d` for a polyline through [x, y] pixel points. */
export function polyline(points: readonly [number, number][]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join('');
}
