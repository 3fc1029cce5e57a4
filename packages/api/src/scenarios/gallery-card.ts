import { liquidationPrice } from '@liqlab/core';
import { engineInputsOf } from '@liqlab/scenario/engine-inputs-from-scenario';
import { pricePathOf } from '@liqlab/scenario/price-path-from-scenario';
import type { ScenarioPath } from '@liqlab/scenario/scenario-path-schema';
import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';

/** Points of a card's small chart: a card is ~300 px wide, so more would draw nothing new. */
export const SPARKLINE_POINTS = 80;

export interface GalleryCardFigures {
  /** Liquidation price at the open, as replayScenario computes it; null when the position has none. */
  liquidationPrice: string | null;
  /** Mark prices to draw (floats: pixels only), each bucket's low and high so no wick disappears. */
  sparkline: number[];
}

/** Each bucket's lowest and highest mark, in tick order, plus the first and last tick. */
function sparklineOf(mark: ArrayLike<number>, points: number): number[] {
  const n = mark.length;
  if (n <= points) return Array.from(mark);
  const buckets = Math.floor(points / 2);
  const size = n / buckets;
  const chosen = new Set<number>([0, n - 1]);
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(n, Math.floor((b + 1) * size));
    let lo = start;
    let hi = start;
    for (let i = start + 1; i < end; i++) {
      if (mark[i]! < mark[lo]!) lo = i;
      if (mark[i]! > mark[hi]!) hi = i;
    }
    chosen.add(lo);
    chosen.add(hi);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => mark[i]!);
}

/**
 * The figures a gallery card shows beyond the stored columns, computed on the server from the saved
 * content the same way the sandbox and the shared page do (the liquidation price is replayScenario's).
 */
export function galleryCardFigures(position: ScenarioPosition, path: ScenarioPath): GalleryCardFigures {
  const inputs = engineInputsOf(position);
  const liquidation = liquidationPrice(inputs.spec, inputs.feeOptions);
  return {
    liquidationPrice: liquidation === null ? null : liquidation.toFixed(),
    sparkline: sparklineOf(pricePathOf(path).mark, SPARKLINE_POINTS),
  };
}
