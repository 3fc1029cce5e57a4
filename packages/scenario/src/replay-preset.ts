import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import { replayScenario, type ScenarioReplay } from './replay-scenario';
import { scenarioFromPreset } from './scenario-from-preset';

/**
 * A content preset replayed through the one preset → scenario mapping: what a lesson widget shows is
 * what the sandbox opened on the preset shows, and what the curated scenario in the gallery shows.
 */
export function replayPreset(preset: SandboxPreset): ScenarioReplay {
  return replayScenario(scenarioFromPreset(preset));
}
