import type { ReplayResult } from '@liqlab/core';
import { replayScenario } from './replay-scenario';
import type { ScenarioInput } from './scenario-schema';

/** How a scenario's replay ends: core's own outcome, stored beside a saved scenario and listed with it. */
export type ScenarioOutcome = ReplayResult['outcome'];

/** Every outcome core's replay can end with (the database refuses any other value). */
export const SCENARIO_OUTCOMES = [
  'open',
  'stopped-out',
  'took-profit',
  'liquidated',
] as const satisfies readonly ScenarioOutcome[];

export function isScenarioOutcome(value: unknown): value is ScenarioOutcome {
  return (SCENARIO_OUTCOMES as readonly unknown[]).includes(value);
}

/** Replays a schema-valid scenario exactly as the sandbox does and answers how it ends. */
export function scenarioOutcome(scenario: Pick<ScenarioInput, 'position' | 'path'>): ScenarioOutcome {
  return replayScenario(scenario).result.outcome;
}
