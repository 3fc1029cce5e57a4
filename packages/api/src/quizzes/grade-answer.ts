import {
  generateNumericQuestion,
  gradeNumericAnswer,
} from '@liqlab/content/quizzes/generate-numeric-question';
import type { Question, ScenarioOutcome } from '@liqlab/content/quizzes/question-schema';
import type { WorkedFigure, WorkedStepView } from '@liqlab/content/quizzes/worked-solution';
import { ApiError } from '../errors/api-error';
import type { Answer } from './answer-schema';

/** The right answer, revealed only after the learner has submitted theirs. */
export type CorrectAnswer =
  | { kind: 'single'; optionId: string }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'true-false'; value: boolean }
  | { kind: 'ordering'; order: string[] }
  | {
      kind: 'numeric';
      /** The exact answer rounded to the tolerance's precision (itself graded correct). */
      value: string;
      /** The answer as the reader's screen shows it, at their decimal places (the worked solution's last figure). */
      figure: WorkedFigure;
      unit: string;
      tolerance: { kind: 'absolute' | 'relative'; value: string };
      /** The parameters this attempt drew. */
      params: Record<string, string>;
    }
  | { kind: 'scenario'; outcome: ScenarioOutcome };

export interface OptionExplanation {
  id: string;
  text: string;
  explanation: string;
  /** Whether this option belongs to the right answer. */
  correct: boolean;
  /** Whether the learner picked it. */
  chosen: boolean;
}

export type Explanations =
  | { kind: 'options'; options: OptionExplanation[] }
  | { kind: 'true-false'; true: string; false: string }
  /** `workedSolution` (numeric questions): the working with this attempt's own numbers, step by step. */
  | { kind: 'text'; text: string; workedSolution?: WorkedStepView[] };

export interface GradedAnswer {
  correct: boolean;
  correctAnswer: CorrectAnswer;
  explanations: Explanations;
}

function refuse(message: string, reason: string): never {
  throw new ApiError('INVALID_INPUT', message, { reason });
}

function expectKind<K extends Answer['kind']>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  if (answer.kind !== kind)
    refuse(`This question expects a ${kind} answer, not ${answer.kind}.`, 'WRONG_KIND');
  return answer as Extract<Answer, { kind: K }>;
}

function requireKnownIds(submitted: readonly string[], known: readonly { id: string }[]): void {
  const ids = new Set(known.map((o) => o.id));
  const unknown = submitted.find((id) => !ids.has(id));
  if (unknown !== undefined)
    refuse(`"${unknown.slice(0, 100)}" is not one of this question's options.`, 'UNKNOWN_OPTION');
}

/** Same members, each once: a repeated id never makes up for a missing one. */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return (
    setA.size === a.length &&
    setB.size === b.length &&
    setA.size === setB.size &&
    b.every((id) => setA.has(id))
  );
}

/**
 * Grades one answer against its question. Answers that cannot be graded (another kind, an option
 * the question does not have, an ordering that is not a permutation) are refused, not marked wrong:
 * they come from a broken or hostile client, not from a learner's mistake.
 *
 * Numeric answers are graded by content's generators: the exercise is drawn again from the
 * attempt's seed and its answer computed by @liqlab/core, then compared in Decimal within the
 * question's tolerance (absolute, or relative to |answer|), inclusive.
 */
export function gradeAnswer(question: Question, answer: Answer, attemptSeed: string): GradedAnswer {
  switch (question.kind) {
    case 'single': {
      const { optionId } = expectKind(answer, 'single');
      requireKnownIds([optionId], question.options);
      return {
        correct: optionId === question.correct,
        correctAnswer: { kind: 'single', optionId: question.correct },
        explanations: {
          kind: 'options',
          options: question.options.map((o) => ({
            id: o.id,
            text: o.text,
            explanation: o.explanation,
            correct: o.id === question.correct,
            chosen: o.id === optionId,
          })),
        },
      };
    }
    case 'multiple': {
      const { optionIds } = expectKind(answer, 'multiple');
      requireKnownIds(optionIds, question.options);
      const chosen = new Set(optionIds);
      return {
        // All or nothing: a partly right selection is wrong.
        correct: sameSet(question.correct, optionIds),
        correctAnswer: { kind: 'multiple', optionIds: [...question.correct] },
        explanations: {
          kind: 'options',
          options: question.options.map((o) => ({
            id: o.id,
            text: o.text,
            explanation: o.explanation,
            correct: question.correct.includes(o.id),
            chosen: chosen.has(o.id),
          })),
        },
      };
    }
    case 'true-false': {
      const { value } = expectKind(answer, 'true-false');
      return {
        correct: value === question.correct,
        correctAnswer: { kind: 'true-false', value: question.correct },
        explanations: {
          kind: 'true-false',
          true: question.explanations.true,
          false: question.explanations.false,
        },
      };
    }
    case 'ordering': {
      const { order } = expectKind(answer, 'ordering');
      requireKnownIds(order, question.items);
      if (!sameSet(question.correctOrder, order)) {
        refuse('Place every item exactly once.', 'NOT_A_PERMUTATION');
      }
      return {
        correct: order.every((id, index) => id === question.correctOrder[index]),
        correctAnswer: { kind: 'ordering', order: [...question.correctOrder] },
        explanations: { kind: 'text', text: question.explanation },
      };
    }
    case 'numeric': {
      const { value } = expectKind(answer, 'numeric');
      const exercise = generateNumericQuestion(question, attemptSeed);
      const grade = gradeNumericAnswer(question, attemptSeed, value);
      return {
        correct: grade.correct,
        correctAnswer: {
          kind: 'numeric',
          value: grade.expected,
          figure: exercise.workedSolution.at(-1)!.result,
          unit: exercise.unit,
          tolerance: { ...exercise.tolerance },
          params: { ...exercise.params },
        },
        explanations: { kind: 'text', text: question.explanation, workedSolution: exercise.workedSolution },
      };
    }
    case 'scenario': {
      const { outcome } = expectKind(answer, 'scenario');
      return {
        correct: outcome === question.outcome,
        correctAnswer: { kind: 'scenario', outcome: question.outcome },
        explanations: { kind: 'text', text: question.explanation },
      };
    }
  }
}
