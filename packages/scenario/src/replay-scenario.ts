import {
  type Decimal,
  liquidationPrice,
  type PricePath,
  type ReplayResult,
  replayCrossAccount,
  replayPosition,
} from '@liqlab/core';
import { type EngineInputs, engineInputsOf } from './engine-inputs-from-scenario';
import { pricePathOf } from './price-path-from-scenario';
import type { ScenarioInput } from './scenario-schema';

/** The replay of one position along a path: a cross account replays with its wallet, isolated alone. */
export function replayEngineInputs(inputs: EngineInputs, path: PricePath): ReplayResult {
  return inputs.spec.marginMode === 'cross'
    ? replayCrossAccount(inputs.spec, path, inputs.replayOptions)
    : replayPosition(inputs.spec, path, inputs.replayOptions);
}

export interface ScenarioReplay {
  inputs: EngineInputs;
  path: PricePath;
  /** Liquidation price at the open (before funding or fees move it), with the scenario's fee switch. */
  liquidation: Decimal | null;
  result: ReplayResult;
}

/** A parsed scenario replayed by core, exactly as the sandbox and the shared page replay it. */
export function replayScenario(scenario: Pick<ScenarioInput, 'position' | 'path'>): ScenarioReplay {
  const inputs = engineInputsOf(scenario.position);
  const path = pricePathOf(scenario.path);
  return {
    inputs,
    path,
    liquidation: liquidationPrice(inputs.spec, inputs.feeOptions),
    result: replayEngineInputs(inputs, path),
  };
}
