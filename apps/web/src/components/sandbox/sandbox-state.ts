import { DEFAULT_SCENARIO } from '@liqlab/scenario/default-scenario';
import type { ScenarioInputDraft } from '@liqlab/scenario/scenario-schema';

/** The scenario as the API stores and the share link carries it: the source of truth for the sandbox. */
export type ScenarioDraft = ScenarioInputDraft;
export type PositionDraft = ScenarioDraft['position'];
export type PathDraft = ScenarioDraft['path'];
export type GbmPathDraft = Extract<PathDraft, { kind: 'gbm' }>;
export type NamedPathDraft = Extract<PathDraft, { kind: 'named' }>;
export type OtherPositionDraft = NonNullable<PositionDraft['otherPositions']>[number];

/**
 * The volatility and horizon behind "distance in σ" and the probability of liquidation. For a random
 * walk they are the path's own parameters (so a shared GBM scenario reproduces every figure); for a
 * scripted or uploaded path the learner picks them here.
 */
export interface AnalysisSettings {
  /** σ per year as a decimal string ("0.6" = 60%). */
  annualVolatility: string;
  horizonDays: string;
}

export interface SandboxState {
  scenario: ScenarioDraft;
  analysis: AnalysisSettings;
}

export const DEFAULT_ANALYSIS: AnalysisSettings = { annualVolatility: '0.6', horizonDays: '1' };

export const DEFAULT_STATE: SandboxState = { scenario: DEFAULT_SCENARIO, analysis: DEFAULT_ANALYSIS };
