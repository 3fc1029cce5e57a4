import { LiquidationError } from '../errors';
import { finiteNumber, nonNegativeNumber, positiveInteger, positiveNumber } from '../random/float-arguments';
import type { Random } from '../random/seeded-random';
import type { PricePath } from './price-path';

/** A point the scripted path passes through exactly: at `at` (0…1 of the horizon) the price is `level` × start. */
export interface PathAnchor {
  at: number;
  level: number;
}

export interface ScriptedPathParams {
  startPrice: number;
  steps: number;
  startTime: number;
  horizonMs: number;
  anchors: readonly PathAnchor[];
  /** Standard deviation of the log-noise per step; the noise is a Brownian bridge pinned to 0 at each anchor. */
  noisePerStep: number;
}

/**
 * Piecewise log-linear path through the anchors with Brownian-bridge noise between them. Pinning the
 * noise at the anchors is what lets a lesson promise "the price reaches exactly +30% here" while the
 * line still looks like a market.
 */
export function scriptedPath(random: Random, params: ScriptedPathParams): PricePath {
  const startPrice = positiveNumber(params.startPrice, 'startPrice');
  const steps = positiveInteger(params.steps, 'steps', 10_000_000);
  const noise = nonNegativeNumber(params.noisePerStep, 'noise');
  const stepMs = positiveNumber(params.horizonMs, 'horizon') / steps;
  const startTime = finiteNumber(params.startTime, 'startTime');
  if (stepMs < 1) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      'steps must not exceed one per millisecond of the horizon.',
      'steps',
    );
  }
  const anchorIndex = params.anchors.map((a) => Math.round(a.at * steps));
  const t = new Float64Array(steps + 1);
  const mark = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) t[i] = Math.round(startTime + i * stepMs);

  for (let k = 0; k + 1 < params.anchors.length; k++) {
    const from = anchorIndex[k]!;
    const to = anchorIndex[k + 1]!;
    const logFrom = Math.log(params.anchors[k]!.level);
    const logTo = Math.log(params.anchors[k + 1]!.level);
    const n = to - from;
    if (n <= 0) continue;
    // Random walk over the segment, then subtract its straight line to pin both ends (Brownian bridge).
    let walk = 0;
    const walkEnd = new Float64Array(n + 1);
    for (let j = 1; j <= n; j++) {
      walk += noise * random.normal();
      walkEnd[j] = walk;
    }
    for (let j = 0; j <= n; j++) {
      const u = j / n;
      const bridge = walkEnd[j]! - u * walk;
      mark[from + j] = startPrice * Math.exp(logFrom + u * (logTo - logFrom) + bridge);
    }
  }
  return { t, mark };
}

export function checkAnchors(anchors: readonly PathAnchor[]): void {
  if (anchors[0]?.at !== 0 || anchors[anchors.length - 1]?.at !== 1) {
    throw new LiquidationError('INVALID_ARGUMENT', 'anchors must start at 0 and end at 1.', 'anchors');
  }
}
