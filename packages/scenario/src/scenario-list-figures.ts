import { Decimal } from '@liqlab/core';
import { replayScenario } from './replay-scenario';
import type { ScenarioOutcome } from './scenario-outcome';
import type { ScenarioInput } from './scenario-schema';

/** Points of a card's small chart: a card is ~300 px wide, so more would draw nothing new. */
export const SPARKLINE_POINTS = 64;

/** Significant digits kept per chart point: pixels need far fewer, the path's own floats have ~17. */
const SPARKLINE_DIGITS = 8;

/**
 * What lists show of a scenario beyond its columns, computed once at every save from one replay (the
 * one the sandbox and the shared page run) and stored beside the content, so a list page neither
 * loads paths of up to 100,000 ticks nor replays them.
 */
export interface ScenarioListFigures {
  outcome: ScenarioOutcome;
  /** Liquidation price at the open, exact, as replayScenario computes it; null when the position has none. */
  liquidationPrice: string | null;
  /** The mark path downsampled to ≤ SPARKLINE_POINTS decimal strings (only ever drawn as pixels). */
  sparkline: string[];
}

/**
 * Indices of each bucket's lowest and highest mark, plus the first and last tick, in tick order: a
 * wick survives the downsampling. Two points per bucket and the two ends make at most `points`.
 */
function sparklineIndices(mark: ArrayLike<number>, points: number): number[] {
  const n = mark.length;
  if (n <= points) return Array.from({ length: n }, (_, i) => i);
  const buckets = Math.floor((points - 2) / 2);
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
  return [...chosen].sort((a, b) => a - b);
}

/**
 * A path float as a plain decimal string (never exponent notation, which the wire's decimals refuse).
 * Every save formats 64 of them: Number#toPrecision costs a fraction of a Decimal per point (the
 * Decimal route was a third of a save's replay time); only a price that JavaScript prints with an
 * exponent (below 1e-6) takes the Decimal route.
 */
function pointText(value: number): string {
  const text = String(Number(value.toPrecision(SPARKLINE_DIGITS)));
  return text.includes('e') ? new Decimal(value).toSignificantDigits(SPARKLINE_DIGITS).toFixed() : text;
}

/** A schema-valid scenario replayed by core exactly as the sandbox does: how it ends, and what a card draws. */
export function scenarioListFigures(content: Pick<ScenarioInput, 'position' | 'path'>): ScenarioListFigures {
  const replay = replayScenario(content);
  const { mark } = replay.path;
  return {
    outcome: replay.result.outcome,
    liquidationPrice: replay.liquidation === null ? null : replay.liquidation.toFixed(),
    sparkline: sparklineIndices(mark, SPARKLINE_POINTS).map((i) => pointText(mark[i]!)),
  };
}
