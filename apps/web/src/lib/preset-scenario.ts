import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import {
  binanceBtcusdtTiers,
  gbmPath,
  namedPath,
  type PositionSpec,
  type PricePath,
  type ReplayOptions,
  toDecimal,
} from '@liqlab/core';

/**
 * Turns a sandbox preset (content data, decimal strings) into what the engine replays. The preset
 * states each path by its scripted extreme (`magnitude`: the fraction the price reaches against the
 * start); core's generators take their own knobs, mapped here so that the lessons' stated extremes hold:
 * - slow-bleed ends at start × (1 − magnitude): declinePercent = magnitude × 100;
 * - choppy-range swings within start × (1 ± magnitude): rangePercent = magnitude × 100;
 * - flash-crash-wick: wickPercent / markDipPercent = magnitude / markMagnitude × 100;
 * - short-squeeze-after-new-high peaks at start × (1 + magnitude). Core's top is
 *   pullback × (1 + squeeze) with pullback = 1 + newHigh / 2 (newHigh 8 % by default), so
 *   squeezePercent = ((1 + magnitude) / 1.04 − 1) × 100.
 * Paths are floats by design (see core's PricePath); only these knobs pass through Number().
 */
const DEFAULT_NEW_HIGH_PERCENT = 8;

export function presetPricePath(preset: Pick<SandboxPreset, 'path'>): PricePath {
  const path = preset.path;
  const startPrice = Number(path.startPrice);
  if (path.kind === 'gbm') {
    return gbmPath({
      seed: path.seed,
      startPrice,
      annualVolatility: Number(path.annualVolatility),
      annualDrift: Number(path.annualDrift),
      horizonDays: path.horizonDays,
      steps: path.steps,
    });
  }
  const magnitude = Number(path.magnitude);
  const common = { seed: path.seed, startPrice, steps: path.steps };
  switch (path.name) {
    case 'slow-bleed':
      return namedPath('slow-bleed', {
        ...common,
        declinePercent: magnitude * 100,
        horizonDays: path.horizonHours / 24,
      });
    case 'choppy-range':
      return namedPath('choppy-range', {
        ...common,
        rangePercent: magnitude * 100,
        horizonHours: path.horizonHours,
      });
    case 'flash-crash-wick':
      return calibratedWick(
        { ...common, horizonHours: path.horizonHours },
        magnitude,
        Number(path.markMagnitude ?? path.magnitude),
      );
    case 'short-squeeze-after-new-high': {
      const pullback = 1 + DEFAULT_NEW_HIGH_PERCENT / 200;
      return namedPath('short-squeeze-after-new-high', {
        ...common,
        newHighPercent: DEFAULT_NEW_HIGH_PERCENT,
        squeezePercent: ((1 + magnitude) / pullback - 1) * 100,
        horizonHours: path.horizonHours,
      });
    }
  }
}

type WickParams = { seed: string; startPrice: number; steps: number; horizonHours: number };

/**
 * Core's wick dips relative to the local (noisy, slightly drifting) level at the crash, so a preset's
 * "mark reaches start × (1 − markMagnitude)" would be off by the drift. Both dips are multiplicative and
 * the noise depends on the seed alone, so one trial path measures the level each dip is taken from,
 * and the second path uses the dips that land exactly on the stated extremes.
 * TODO(core): take absolute extremes in flashCrashWick and drop this calibration.
 */
function calibratedWick(params: WickParams, wick: number, markDip: number): PricePath {
  const trial = namedPath('flash-crash-wick', {
    ...params,
    wickPercent: wick * 100,
    markDipPercent: markDip * 100,
  });
  const markBase = minOf(trial.mark) / (1 - markDip);
  const lastBase = minOf(trial.last ?? trial.mark) / (1 - wick);
  const targetMark = params.startPrice * (1 - markDip);
  const targetLast = params.startPrice * (1 - wick);
  return namedPath('flash-crash-wick', {
    ...params,
    wickPercent: (1 - targetLast / lastBase) * 100,
    markDipPercent: (1 - targetMark / markBase) * 100,
  });
}

function minOf(values: ArrayLike<number>): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < values.length; i++) if (values[i]! < min) min = values[i]!;
  return min;
}

/** The preset's position as core's PositionSpec (the tier table replaces a flat rate when named). */
export function presetPositionSpec(preset: Pick<SandboxPreset, 'position'>): PositionSpec {
  const { tiersPreset, ...position } = preset.position;
  return tiersPreset === 'binance-btcusdt'
    ? { ...position, tiers: binanceBtcusdtTiers as PositionSpec['tiers'] }
    : { ...position };
}

/** Stop-loss, take-profit and fees as the sandbox replays them (orders trigger on the mark). */
export function presetReplayOptions(preset: Pick<SandboxPreset, 'stopLoss' | 'takeProfit' | 'position'>) {
  const options: ReplayOptions = {};
  if (preset.stopLoss !== undefined) options.stopLoss = { price: toDecimal(preset.stopLoss, 'stopLoss') };
  if (preset.takeProfit !== undefined) {
    options.takeProfit = { price: toDecimal(preset.takeProfit, 'takeProfit') };
  }
  if (preset.position.takerFeeRate !== undefined)
    options.fees = { takerFeeRate: preset.position.takerFeeRate };
  return options;
}
