import type { Parsed } from './draft-validator';
import type { FieldErrors } from './field-errors';
import type { AnalysisSettings, ScenarioDraft } from './sandbox-state';

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
    errors['analysis.annualVolatility'] = 'The volatility must be above 0 and at most 10 (1,000%).';
  if (!(days > 0 && days <= 3650))
    errors['analysis.horizonDays'] = 'The horizon must be above 0 and at most 3,650 days.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { annualVolatility: sigma, annualDrift: 0, horizonDays: days, fromPath: false } };
}
