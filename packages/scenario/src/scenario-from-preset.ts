import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import { Decimal, ruleSetInfo } from '@liqlab/core';
import type { NamedPathInput, ScenarioPath } from './scenario-path-schema';
import { type ScenarioInput, type ScenarioInputDraft, scenarioInputSchema } from './scenario-schema';

/** A fraction such as "0.12" as the percentage core takes ("12"). */
const percent = (fraction: string) => new Decimal(fraction).times(100).toFixed();

/** Core's short squeeze breaks out this far (its default) and pulls back halfway before squeezing. */
const SQUEEZE_NEW_HIGH_PERCENT = '8';

type PresetPath = SandboxPreset['path'];

/**
 * Content describes a named path by its extreme (`magnitude`); core's generators take their own
 * parameters. The mapping keeps the extreme the preset's text promises:
 * - flash-crash-wick: the last price wicks `magnitude` down, the mark `markMagnitude` (default: the same);
 * - choppy-range: the range's half-width; slow-bleed: the total decline (over horizonHours / 24 days);
 * - short squeeze: core peaks at pullback × (1 + squeeze), pullback = 1 + newHigh / 2, so the squeeze
 *   is (1 + magnitude) / pullback − 1 to peak at startPrice × (1 + magnitude).
 */
export function scenarioPathFromPreset(path: PresetPath): ScenarioPath {
  if (path.kind === 'gbm') {
    const { kind, seed, startPrice, annualVolatility, annualDrift, horizonDays, steps } = path;
    return { kind, seed, startPrice, annualVolatility, annualDrift, horizonDays, steps };
  }
  const common = { kind: 'named' as const, seed: path.seed, startPrice: path.startPrice, steps: path.steps };
  let named: NamedPathInput;
  switch (path.name) {
    case 'flash-crash-wick':
      named = {
        ...common,
        name: path.name,
        horizonHours: path.horizonHours,
        wickPercent: percent(path.magnitude),
        markDipPercent: percent(path.markMagnitude ?? path.magnitude),
      };
      break;
    case 'choppy-range':
      named = {
        ...common,
        name: path.name,
        horizonHours: path.horizonHours,
        rangePercent: percent(path.magnitude),
      };
      break;
    case 'slow-bleed':
      named = {
        ...common,
        name: path.name,
        horizonDays: path.horizonHours / 24,
        declinePercent: percent(path.magnitude),
      };
      break;
    case 'short-squeeze-after-new-high': {
      const pullback = new Decimal(SQUEEZE_NEW_HIGH_PERCENT).div(200).plus(1);
      const squeeze = new Decimal(path.magnitude).plus(1).div(pullback).minus(1).times(100);
      named = {
        ...common,
        name: path.name,
        horizonHours: path.horizonHours,
        newHighPercent: SQUEEZE_NEW_HIGH_PERCENT,
        squeezePercent: squeeze.toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN).toFixed(),
      };
      break;
    }
  }
  return named;
}

/**
 * A sandbox preset as a scenario input, parsed by the scenario schema: a preset the schema refuses
 * throws here (at seed time, and in the tests), never later in a learner's browser. This is the one
 * mapping: the sandbox, the lesson widgets, the quiz charts and the database seed all open a preset
 * through it, so they replay the same position with the same fee and funding switches.
 */
export function scenarioFromPreset(preset: SandboxPreset): ScenarioInput {
  const p = preset.position;
  const stopTrigger = ruleSetInfo(p.rules).stopTriggerDefault;
  const draft: ScenarioInputDraft = {
    title: preset.title,
    notes: preset.description,
    position: {
      rules: p.rules,
      side: p.side,
      marginMode: p.marginMode,
      entryPrice: p.entryPrice,
      size: { unit: 'quantity', quantity: p.quantity },
      leverage: p.leverage,
      margin: p.margin,
      walletBalance: p.walletBalance,
      contractSize: p.contractSize,
      maintenance:
        p.tiersPreset !== undefined
          ? { kind: 'tiers', preset: p.tiersPreset }
          : { kind: 'fixed', rate: p.maintenanceMarginRate ?? '', amount: p.maintenanceAmount ?? '0' },
      takerFeeRate: p.takerFeeRate,
      fees: p.fees,
      funding: p.funding,
      // Orders follow the venue's own default trigger price, as they would for a trader who kept it.
      stopLoss: preset.stopLoss === undefined ? undefined : { price: preset.stopLoss, trigger: stopTrigger },
      takeProfit:
        preset.takeProfit === undefined ? undefined : { price: preset.takeProfit, trigger: stopTrigger },
    },
    path: scenarioPathFromPreset(preset.path),
  };
  const parsed = scenarioInputSchema.safeParse(draft);
  if (!parsed.success) {
    throw new Error(`Sandbox preset "${preset.id}" is not a valid scenario: ${parsed.error.message}`);
  }
  return parsed.data;
}
