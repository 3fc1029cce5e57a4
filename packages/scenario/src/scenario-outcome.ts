import type { ReplayResult } from '@liqlab/core';

/** How a scenario's replay ends: core's own outcome, stored beside a saved scenario (scenarioListFigures) and listed with it. */
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
