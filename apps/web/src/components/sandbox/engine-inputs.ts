import { positionSpecOf } from '@liqlab/api/position-spec-from-scenario';
import type { ScenarioInput } from '@liqlab/api/scenario-schema';
import type { PositionSpec, ReplayOptions } from '@liqlab/core';
import type { FieldErrors } from './field-errors';
import type { AnalysisSettings, ScenarioDraft } from './sandbox-state';

// No zod here: this module is on every sandbox page's start-up path; checking a draft against the
// scenario schema lives in scenario-schema-validator.ts, loaded when a draft needs it.
export type ScenarioPosition = ScenarioInput['position'];
export type ScenarioPath = ScenarioInput['path'];

/** Margin-ratio levels that raise a warning during the replay (half-way and nearly there). */
export const WARNING_RATIOS = ['0.5', '0.8'] as const;

const MS_PER_HOUR = 60 * 60 * 1000;

/** Everything core needs for one position: the spec, the fee switch for the prices, the replay options. */
export interface EngineInputs {
  position: ScenarioPosition;
  spec: PositionSpec;
  /** Without fees no closing fee enters any formula; with fees, each rule set's own published default. */
  feeOptions: { includeClosingFee?: boolean };
  replayOptions: ReplayOptions;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function replayOptionsOf(position: ScenarioPosition): ReplayOptions {
  const slippage =
    Number(position.slippageBps) > 0 ? { kind: 'bps' as const, bps: position.slippageBps } : undefined;
  return {
    warningRatios: WARNING_RATIOS,
    ...(position.stopLoss ? { stopLoss: position.stopLoss } : {}),
    ...(position.takeProfit ? { takeProfit: position.takeProfit } : {}),
    ...(slippage ? { slippage } : {}),
    ...(position.funding
      ? { funding: { rate: position.funding.rate, intervalMs: position.funding.intervalHours * MS_PER_HOUR } }
      : {}),
    ...(position.fees.enabled && position.takerFeeRate !== undefined
      ? { fees: { takerFeeRate: position.takerFeeRate } }
      : {}),
  };
}

/** Maps a valid scenario position onto core's inputs. Pure: the same position always gives the same inputs. */
export function engineInputsOf(position: ScenarioPosition): EngineInputs {
  return {
    position,
    spec: positionSpecOf(position),
    feeOptions: position.fees.enabled ? {} : { includeClosingFee: false },
    replayOptions: replayOptionsOf(position),
  };
}

export interface AnalysisInputs {
  annualVolatility: number;
  annualDrift: number;
  horizonDays: number;
  /** True when σ and the horizon are the random walk's own (they cannot be edited apart from it). */
  fromPath: boolean;
}

/**
 * σ, drift and horizon for the statistical figures (floats by design: they are model parameters, not
 * money). A random-walk path supplies its own, so a shared scenario reproduces the same probabilities.
 */
export function analysisOf(path: ScenarioDraft['path'], analysis: AnalysisSettings): Parsed<AnalysisInputs> {
  if (path.kind === 'gbm') {
    const sigma = Number(path.annualVolatility);
    const drift = Number(path.annualDrift ?? '0');
    if (sigma > 0 && Number.isFinite(drift) && path.horizonDays > 0) {
      return {
        ok: true,
        value: { annualVolatility: sigma, annualDrift: drift, horizonDays: path.horizonDays, fromPath: true },
      };
    }
  }
  const errors: FieldErrors = {};
  const sigma = Number(analysis.annualVolatility);
  const days = Number(analysis.horizonDays);
  if (!(sigma > 0 && sigma <= 10))
    errors['analysis.annualVolatility'] = 'volatility must be between 0 and 10 (1000 %)';
  if (!(days > 0 && days <= 3650))
    errors['analysis.horizonDays'] = 'the horizon must be between 0 and 3650 days';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { annualVolatility: sigma, annualDrift: 0, horizonDays: days, fromPath: false } };
}
