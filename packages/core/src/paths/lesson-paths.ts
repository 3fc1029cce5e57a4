import { fractionBetween, positiveNumber } from '../random/float-arguments';
import { createRandom, type Seed } from '../random/seeded-random';
import { DEFAULT_START_TIME, MS_PER_DAY, MS_PER_HOUR, type PricePath } from './price-path';
import { checkAnchors, type PathAnchor, scriptedPath } from './scripted-path';

/** Common knobs of every scripted lesson path; all optional. */
export interface LessonPathParams {
  seed?: Seed;
  startPrice?: number;
  steps?: number;
  startTime?: number;
}

function common(params: LessonPathParams, name: string, defaultSteps = 1000) {
  return {
    random: createRandom(params.seed ?? name),
    startPrice: params.startPrice ?? 100,
    steps: params.steps ?? defaultSteps,
    startTime: params.startTime ?? DEFAULT_START_TIME,
  };
}

function anchored(
  params: LessonPathParams,
  name: string,
  horizonMs: number,
  anchors: PathAnchor[],
  noisePerStep: number,
): PricePath {
  checkAnchors(anchors);
  const { random, ...rest } = common(params, name);
  return scriptedPath(random, { ...rest, horizonMs, anchors, noisePerStep });
}

export interface ShortSqueezeParams extends LessonPathParams {
  /** How far the breakout clears the start, in percent (default 8). */
  newHighPercent?: number;
  /** The squeeze from the pullback low to the top, in percent (default 30). */
  squeezePercent?: number;
  horizonHours?: number;
}

/**
 * Dips, breaks to a new high, pulls back while late shorts pile in, then squeezes hard and only
 * partly retraces. Teaches why a short's liquidation price above a fresh high is not "safe".
 */
export function shortSqueezeAfterNewHigh(params: ShortSqueezeParams = {}): PricePath {
  const high = 1 + positiveNumber(params.newHighPercent ?? 8, 'newHighPercent') / 100;
  const pullback = 1 + (high - 1) * 0.5;
  const top = pullback * (1 + positiveNumber(params.squeezePercent ?? 30, 'squeezePercent') / 100);
  const horizon = positiveNumber(params.horizonHours ?? 48, 'horizonHours') * MS_PER_HOUR;
  return anchored(
    params,
    'short-squeeze-after-new-high',
    horizon,
    [
      { at: 0, level: 1 },
      { at: 0.25, level: 0.97 },
      { at: 0.5, level: high },
      { at: 0.62, level: pullback },
      { at: 0.72, level: top },
      { at: 1, level: 1 + (top - 1) * 0.75 },
    ],
    0.0012,
  );
}

export interface FlashCrashWickParams extends LessonPathParams {
  /** Lowest last price, in percent below the start price (default 25): the wick bottoms at exactly start × (1 − wick). */
  wickPercent?: number;
  /**
   * Lowest mark price, in percent below the start price (default 6): the mark follows an index of
   * many venues, so it dips far less. Exact, like the wick, so lessons can state the extremes.
   */
  markDipPercent?: number;
  horizonHours?: number;
}

/**
 * Calm market, then one venue's last price wicks deep for a few ticks while the mark (index-based)
 * barely dips, and both recover. Teaches mark vs last: a stop on last fills in the wick, a
 * liquidation on mark may not happen at all.
 */
export function flashCrashWick(params: FlashCrashWickParams = {}): PricePath {
  const wick = fractionBetween(positiveNumber(params.wickPercent ?? 25, 'wickPercent') / 100, 'wickPercent');
  const dip = fractionBetween(
    positiveNumber(params.markDipPercent ?? 6, 'markDipPercent') / 100,
    'markDipPercent',
    {
      max: wick,
    },
  );
  const horizon = positiveNumber(params.horizonHours ?? 24, 'horizonHours') * MS_PER_HOUR;
  const path = anchored(
    params,
    'flash-crash-wick',
    horizon,
    [
      { at: 0, level: 1 },
      { at: 1, level: 1.01 },
    ],
    0.0008,
  );
  const n = path.mark.length;
  const last = new Float64Array(path.mark);
  const crash = Math.floor(n / 2);
  const start = path.mark[0]!;
  // Mark: a shallow V over ~10 ticks. Last: a deep spike over ~4 ticks inside it. Both depths are
  // scaled from the noisy local level so that the bottoms land exactly on the stated extremes.
  const markShape = [0.2, 0.5, 0.8, 1, 0.85, 0.6, 0.4, 0.25, 0.12, 0.05];
  const lastShape = [0.3, 1, 0.55, 0.2];
  const markBottom = crash + markShape.indexOf(1);
  const markDepth = markBottom < n ? 1 - (start * (1 - dip)) / path.mark[markBottom]! : dip;
  markShape.forEach((w, k) => {
    const i = crash + k;
    if (i < n) path.mark[i] = path.mark[i]! * (1 - markDepth * w);
  });
  for (let i = crash; i < Math.min(n, crash + markShape.length); i++) last[i] = path.mark[i]!;
  const preCrash = path.mark[crash - 1] ?? start;
  const wickDepth = 1 - (start * (1 - wick)) / preCrash;
  lastShape.forEach((w, k) => {
    const i = crash + 1 + k;
    if (i < n) last[i] = Math.min(path.mark[i]!, preCrash * (1 - wickDepth * w));
  });
  return { ...path, last };
}

export interface ChoppyRangeParams extends LessonPathParams {
  /** Half-width of the range, in percent of the start (default 3). The path never leaves it. */
  rangePercent?: number;
  /** Number of full swings (default 8). */
  cycles?: number;
  horizonHours?: number;
}

/**
 * Swings inside ±rangePercent around the start. A stop inside the range (e.g. 2% away with the
 * default 3%) is hit on nearly every swing; a stop beyond the range never is. Teaches placing stops
 * outside the noise.
 */
export function choppyRange(params: ChoppyRangeParams = {}): PricePath {
  const range = fractionBetween(
    positiveNumber(params.rangePercent ?? 3, 'rangePercent') / 100,
    'rangePercent',
  );
  const cycles = positiveNumber(params.cycles ?? 8, 'cycles');
  const horizon = positiveNumber(params.horizonHours ?? 72, 'horizonHours') * MS_PER_HOUR;
  const path = anchored(
    params,
    'choppy-range',
    horizon,
    [
      { at: 0, level: 1 },
      { at: 1, level: 1 },
    ],
    0.0006,
  );
  const n = path.mark.length;
  const start = path.mark[0]!;
  const low = start * (1 - range);
  const high = start * (1 + range);
  for (let i = 0; i < n; i++) {
    const swing = 1 - 0.9 * range * Math.sin((2 * Math.PI * cycles * i) / (n - 1));
    path.mark[i] = Math.min(high, Math.max(low, path.mark[i]! * swing));
  }
  return path;
}

export interface SlowBleedParams extends LessonPathParams {
  /** Total decline over the horizon, in percent (default 30). */
  declinePercent?: number;
  horizonDays?: number;
}

/** A grinding decline with small relief rallies: no single scary candle, yet a leveraged long bleeds out. */
export function slowBleed(params: SlowBleedParams = {}): PricePath {
  const decline = fractionBetween(
    positiveNumber(params.declinePercent ?? 30, 'declinePercent') / 100,
    'declinePercent',
  );
  const horizon = positiveNumber(params.horizonDays ?? 14, 'horizonDays') * MS_PER_DAY;
  const anchors: PathAnchor[] = [];
  const legs = 6;
  for (let k = 0; k <= legs; k++) {
    // Each leg falls, then a relief rally gives back a third of it.
    const level = Math.exp((Math.log(1 - decline) * k) / legs);
    anchors.push({ at: k / legs, level });
    if (k < legs)
      anchors.push({ at: (k + 0.7) / legs, level: level * Math.exp((Math.log(1 - decline) * 1.3) / legs) });
  }
  return anchored(params, 'slow-bleed', horizon, anchors, 0.001);
}
