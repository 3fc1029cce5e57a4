import { LiquidationError } from '../errors';
import { type GbmPathParams, gbmPath } from './gbm-path';
import {
  type ChoppyRangeParams,
  choppyRange,
  type FlashCrashWickParams,
  flashCrashWick,
  type ShortSqueezeParams,
  type SlowBleedParams,
  shortSqueezeAfterNewHigh,
  slowBleed,
} from './lesson-paths';
import type { PricePath } from './price-path';

export interface PathShapeParams {
  gbm: GbmPathParams;
  'short-squeeze-after-new-high': ShortSqueezeParams;
  'flash-crash-wick': FlashCrashWickParams;
  'choppy-range': ChoppyRangeParams;
  'slow-bleed': SlowBleedParams;
}

export type PathShapeName = keyof PathShapeParams;

export interface PathShape {
  name: PathShapeName;
  title: string;
  description: string;
  /** True when the path carries a separate last price (wicks) besides the mark. */
  hasLastPrice: boolean;
}

/** The shapes the lessons and the scenario editor can pick, in display order. */
export const PATH_SHAPES: readonly PathShape[] = [
  {
    name: 'gbm',
    title: 'Random walk (GBM)',
    description:
      'Geometric Brownian motion with the given volatility and drift: the textbook model behind the probabilities.',
    hasLastPrice: false,
  },
  {
    name: 'short-squeeze-after-new-high',
    title: 'Short squeeze after a new high',
    description:
      'Breaks to a new high, pulls back while shorts pile in, then squeezes about 30% and only partly retraces.',
    hasLastPrice: false,
  },
  {
    name: 'flash-crash-wick',
    title: 'Flash-crash wick',
    description:
      'Last price wicks 25% down for a few ticks while the mark dips only 6%: stops on last fill, liquidation on mark may not happen.',
    hasLastPrice: true,
  },
  {
    name: 'choppy-range',
    title: 'Choppy range',
    description: 'Swings inside ±3%: a tight stop is hit again and again, a stop outside the range never is.',
    hasLastPrice: false,
  },
  {
    name: 'slow-bleed',
    title: 'Slow bleed',
    description: 'Grinds 30% lower over two weeks with small relief rallies: no single scary candle.',
    hasLastPrice: false,
  },
];

const GENERATORS: { [N in PathShapeName]: (params: PathShapeParams[N]) => PricePath } = {
  gbm: gbmPath,
  'short-squeeze-after-new-high': shortSqueezeAfterNewHigh,
  'flash-crash-wick': flashCrashWick,
  'choppy-range': choppyRange,
  'slow-bleed': slowBleed,
};

export function isPathShapeName(name: string): name is PathShapeName {
  return Object.hasOwn(GENERATORS, name);
}

/** Builds a path by shape name (e.g. from a lesson's frontmatter). Same name + params → same path. */
export function namedPath<N extends PathShapeName>(name: N, params: PathShapeParams[N]): PricePath {
  if (!isPathShapeName(name)) {
    throw new LiquidationError('INVALID_ARGUMENT', `Unknown path shape "${String(name)}".`, 'name');
  }
  return GENERATORS[name](params);
}
