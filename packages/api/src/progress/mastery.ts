import { Decimal } from '@liqlab/core';

/** The learner-facing mastery levels (same names as the database enum, but no Prisma type leaks out). */
export const MASTERY_LEVELS = ['NOT_STARTED', 'ATTEMPTED', 'FAMILIAR', 'PROFICIENT', 'MASTERED'] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

/**
 * Weight of the newest answer in the exponentially weighted score:
 * score' = (1 − w) · score + w · (1 if correct else 0), starting from 0.
 * With w = 0.3 a first perfect 7-question quiz reaches 0.918 (MASTERED) and a first perfect
 * 5-question quiz 0.832 (PROFICIENT); one miss from 0.918 drops to 0.643 (FAMILIAR), so recent
 * answers dominate and the level goes down again after misses.
 */
export const MASTERY_WEIGHT = '0.3';

/** Lower bounds (inclusive) of each level above ATTEMPTED. Any answer at all means at least ATTEMPTED. */
export const MASTERY_THRESHOLDS = {
  FAMILIAR: '0.5',
  PROFICIENT: '0.75',
  MASTERED: '0.9',
} as const;

/** The database column is Decimal(6, 5); the score is kept at that precision, rounded half-even. */
const SCORE_DECIMALS = 5;

export interface MasteryState {
  /** Decimal string in [0, 1]. */
  score: string;
  /** Whether the learner has answered any question of this lesson yet. */
  answered: boolean;
}

export const NOT_STARTED: MasteryState = { score: '0', answered: false };

export function nextMasteryScore(score: string, correct: boolean): string {
  const weight = new Decimal(MASTERY_WEIGHT);
  return new Decimal(score)
    .times(new Decimal(1).minus(weight))
    .plus(correct ? weight : 0)
    .toDecimalPlaces(SCORE_DECIMALS, Decimal.ROUND_HALF_EVEN)
    .toFixed();
}

export function masteryLevel(state: MasteryState): MasteryLevel {
  if (!state.answered) return 'NOT_STARTED';
  const score = new Decimal(state.score);
  if (score.gte(MASTERY_THRESHOLDS.MASTERED)) return 'MASTERED';
  if (score.gte(MASTERY_THRESHOLDS.PROFICIENT)) return 'PROFICIENT';
  if (score.gte(MASTERY_THRESHOLDS.FAMILIAR)) return 'FAMILIAR';
  return 'ATTEMPTED';
}

/** Folds answers (oldest first) into the state. */
export function applyAnswers(state: MasteryState, results: readonly boolean[]): MasteryState {
  if (results.length === 0) return state;
  const score = results.reduce((current, correct) => nextMasteryScore(current, correct), state.score);
  return { score, answered: true };
}

/** The state behind a stored level and score; a lesson without a row has not been started. */
export function masteryStateOf(
  stored: { mastery: MasteryLevel; masteryScore: string } | undefined,
): MasteryState {
  return stored ? { score: stored.masteryScore, answered: stored.mastery !== 'NOT_STARTED' } : NOT_STARTED;
}
