import { pricePathOf } from '@liqlab/api/price-path-from-scenario';
import { scenarioPathFromPreset } from '@liqlab/api/scenario-from-preset';
import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import {
  binanceBtcusdtTiers,
  type PositionSpec,
  type PricePath,
  type ReplayOptions,
  toDecimal,
} from '@liqlab/core';

/**
 * The price path a preset replays: the same mapping the sandbox and the saved scenario use (content
 * states each path by its extremes; core's generators land on them exactly), so a lesson widget, a
 * quiz chart and the sandbox opened from the lesson show one and the same path.
 */
export function presetPricePath(preset: Pick<SandboxPreset, 'path'>): PricePath {
  return pricePathOf(scenarioPathFromPreset(preset.path));
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
