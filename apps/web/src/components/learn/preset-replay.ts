import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import {
  type Decimal,
  liquidationPrice,
  type PricePath,
  type ReplayResult,
  replayPosition,
} from '@liqlab/core';
import { presetPositionSpec, presetPricePath, presetReplayOptions } from '~/lib/preset-scenario';

export interface PresetReplay {
  path: PricePath;
  /** Liquidation price at the open (before funding or fees move it). */
  liquidation: Decimal | null;
  result: ReplayResult;
}

/** Replays a preset's position along its path with the engine, exactly as the sandbox would. */
export function replayPreset(preset: SandboxPreset): PresetReplay {
  const spec = presetPositionSpec(preset);
  const path = presetPricePath(preset);
  return {
    path,
    liquidation: liquidationPrice(spec),
    result: replayPosition(spec, path, presetReplayOptions(preset)),
  };
}

/** Index and value of the lowest (or highest) tick of a series. */
export function extremeOf(values: ArrayLike<number>, kind: 'min' | 'max'): { index: number; value: number } {
  let index = 0;
  for (let i = 1; i < values.length; i++) {
    if (kind === 'min' ? values[i]! < values[index]! : values[i]! > values[index]!) index = i;
  }
  return { index, value: values[index]! };
}
