import type { ScenarioOutcome } from '@liqlab/content/quizzes/question-schema';

/** The three ways a scenario can end, as the answer options and the verdict name them. */
export const SCENARIO_OUTCOME_LABELS: Record<ScenarioOutcome, { option: string; verdict: string }> = {
  open: {
    option: 'It is still open at the end (neither its stop nor liquidation)',
    verdict: 'is still open at the end of the path',
  },
  'stopped-out': { option: 'Its stop-loss closes it', verdict: 'is closed by its stop-loss' },
  liquidated: { option: 'It is forcibly liquidated', verdict: 'is forcibly liquidated' },
};

export const SCENARIO_OUTCOME_ORDER: readonly ScenarioOutcome[] = ['open', 'stopped-out', 'liquidated'];
