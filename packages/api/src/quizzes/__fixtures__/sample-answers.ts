import {
  generateNumericQuestion,
  gradeNumericAnswer,
} from '@liqlab/content/quizzes/generate-numeric-question';
import { type Question, SCENARIO_OUTCOMES } from '@liqlab/content/quizzes/question-schema';
import type { Answer } from '../answer-schema';

/** Test helper: the right answer to a question in the attempt with this seed. */
export function rightAnswer(question: Question, seed: string): Answer {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: question.correct };
    case 'multiple':
      return { kind: 'multiple', optionIds: [...question.correct] };
    case 'true-false':
      return { kind: 'true-false', value: question.correct };
    case 'ordering':
      return { kind: 'ordering', order: [...question.correctOrder] };
    case 'numeric':
      // The rounded expected value, which content guarantees is itself graded correct.
      return { kind: 'numeric', value: gradeNumericAnswer(question, seed, '0').expected };
    case 'scenario':
      return { kind: 'scenario', outcome: question.outcome };
  }
}

/** Test helper: a well-formed but wrong answer of the question's own kind. */
export function wrongAnswer(question: Question, seed: string): Answer {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: question.options.find((o) => o.id !== question.correct)!.id };
    case 'multiple':
      return { kind: 'multiple', optionIds: question.correct.slice(1) };
    case 'true-false':
      return { kind: 'true-false', value: !question.correct };
    case 'ordering':
      return { kind: 'ordering', order: [...question.correctOrder].reverse() };
    case 'numeric': {
      const expected = generateNumericQuestion(question, seed).answer;
      return { kind: 'numeric', value: expected.abs().times(2).plus(1000).toDecimalPlaces(2).toFixed() };
    }
    case 'scenario':
      return {
        kind: 'scenario',
        outcome: SCENARIO_OUTCOMES.find((outcome) => outcome !== question.outcome)!,
      };
  }
}
