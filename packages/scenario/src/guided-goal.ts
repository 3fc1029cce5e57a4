import type { GuidedPreset, KeptInput } from '@liqlab/content/sandbox/guided-preset-schema';
import type { ReplayResult } from '@liqlab/core';
import type { ScenarioInput } from './scenario-schema';

export type GoalStatus =
  | { met: true; message: string }
  | { met: false; reason: 'changed-kept-input'; input: KeptInput; message: string }
  | { met: false; reason: 'not-yet'; message: string };

const KEPT_LABEL: Record<KeptInput, string> = {
  path: 'the price path',
  side: 'the side',
  rules: 'the exchange rules',
};

/** Key order does not matter: a draft and a parsed value with the same content compare equal. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function keptValue(scenario: Pick<ScenarioInput, 'position' | 'path'>, input: KeptInput): unknown {
  return input === 'path' ? scenario.path : scenario.position[input];
}

/**
 * Whether the learner's scenario reaches a guided preset's goal, judged from the engine's replay of
 * that scenario alone (no outcome is stored anywhere). `original` is the preset as opened
 * (scenarioFromPreset); the inputs the goal keeps must still be the same.
 */
export function guidedGoalStatus(
  guided: GuidedPreset,
  original: Pick<ScenarioInput, 'position' | 'path'>,
  current: Pick<ScenarioInput, 'position' | 'path'>,
  replay: ReplayResult,
): GoalStatus {
  for (const input of guided.goal.keep) {
    if (!sameValue(keptValue(original, input), keptValue(current, input))) {
      return {
        met: false,
        reason: 'changed-kept-input',
        input,
        message: `The goal is about the preset’s ${KEPT_LABEL[input].replace(/^the /, '')}: put ${KEPT_LABEL[input]} back to reach it.`,
      };
    }
  }
  const { check } = guided.goal;
  if (replay.outcome === 'liquidated') {
    return { met: false, reason: 'not-yet', message: 'Not yet: the replay still ends in liquidation.' };
  }
  if (check.kind === 'no-margin-call') {
    const called = replay.events.some(
      (event) => event.type === 'warning' && event.level !== undefined && event.level.gte(check.ratio),
    );
    if (called) {
      return {
        met: false,
        reason: 'not-yet',
        message: `Not yet: the margin ratio still reaches ${Number(check.ratio) * 100}% on the way.`,
      };
    }
  }
  const how =
    replay.outcome === 'stopped-out'
      ? 'the stop-loss closes it before the liquidation price'
      : replay.outcome === 'took-profit'
        ? 'the take-profit closes it'
        : 'it is still open at the end of the path';
  return { met: true, message: `Goal reached: ${how}.` };
}
