import type { Decimal } from '@liqlab/core';

/**
 * Vertical positions of price rungs, highest price on top. Positions follow price where the rungs
 * are far apart and are pushed apart to `minGap` where their labels would overlap (a 0.5% maintenance
 * buffer is a few pixels at true scale), so every label stays legible; the picture's description says
 * so. Pixel positions are floats for drawing only: no figure shown as text comes from this file.
 */
export interface LadderPoint {
  price: Decimal;
  y: number;
}

export function ladderLayout(
  prices: readonly Decimal[],
  { top, span, minGap }: { top: number; span: number; minGap: number },
): LadderPoint[] {
  const sorted = [...prices].sort((a, b) => b.comparedTo(a));
  const high = sorted[0]!.toNumber();
  const low = sorted[sorted.length - 1]!.toNumber();
  const range = high - low || 1;
  const points: LadderPoint[] = [];
  for (const price of sorted) {
    const proportional = top + ((high - price.toNumber()) / range) * span;
    const previous = points[points.length - 1];
    points.push({ price, y: previous ? Math.max(proportional, previous.y + minGap) : proportional });
  }
  return points;
}

/** The y of any price on the ladder: linear between the neighbouring rungs, clamped at the ends. */
export function yOfPrice(points: readonly LadderPoint[], price: Decimal): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (price.gte(first.price)) return first.y;
  if (price.lte(last.price)) return last.y;
  for (let i = 1; i < points.length; i++) {
    const above = points[i - 1]!;
    const below = points[i]!;
    if (price.gte(below.price)) {
      const t = above.price.eq(below.price)
        ? 0
        : above.price.minus(price).div(above.price.minus(below.price)).toNumber();
      return above.y + t * (below.y - above.y);
    }
  }
  return last.y;
}
