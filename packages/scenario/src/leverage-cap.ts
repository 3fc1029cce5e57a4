import { Decimal, maintenanceTierFor, marginAssetValueOf } from '@liqlab/core';
import { engineInputsOf } from './engine-inputs-from-scenario';
import type { ScenarioPosition } from './scenario-position-schema';

/**
 * The highest leverage the position may use: its entry bracket's maximum and the asset's maximum
 * (when given), whichever is lower; undefined when neither applies. Throws the engine's error when the
 * size is beyond the last bracket. The engine refuses a leverage above it; the sandbox names this cap
 * in that error, where its schema only knows an outer bound.
 */
export function leverageCap(position: ScenarioPosition): Decimal | undefined {
  const { spec } = engineInputsOf(position);
  const notional = marginAssetValueOf(
    position.rules,
    spec.quantity,
    position.entryPrice,
    position.contractSize,
  );
  const tierCap = spec.tiers ? maintenanceTierFor(spec.tiers, notional).maxLeverage : undefined;
  const bracket = tierCap === undefined ? undefined : new Decimal(tierCap as Decimal);
  if (position.maxLeverage === undefined) return bracket;
  return bracket === undefined
    ? new Decimal(position.maxLeverage)
    : Decimal.min(bracket, position.maxLeverage);
}
