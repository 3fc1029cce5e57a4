import { z } from 'zod';
import { startAtZeroQuiz } from './lessons/00-start-at-zero';
import { leverageAndMarginQuiz } from './lessons/01-leverage-and-margin';
import { marginExhaustionQuiz } from './lessons/02-margin-exhaustion-and-forced-liquidation';
import { borrowedFundMarginQuiz } from './lessons/03-borrowed-fund-margin';
import { contractMarginQuiz } from './lessons/04-contract-margin-futures-and-perpetuals';
import { liquidationFormulasQuiz } from './lessons/05-how-exchanges-compute-the-liquidation-price';
import { shortSqueezeQuiz } from './lessons/06-shorts-and-short-squeezes';
import { stopLossesQuiz } from './lessons/07-stop-losses';
import { openingCalmlyQuiz } from './lessons/08-opening-calmly';
import { volatilityBandQuiz } from './lessons/09-the-volatility-band';
import { positionSizeQuiz } from './lessons/10-position-size';
import { feesAndInsuranceQuiz } from './lessons/11-fees-funding-and-the-insurance-fund';
import { liquidationEventQuiz } from './lessons/12-during-a-liquidation-event';
import { type LessonQuiz, lessonQuizSchema, type Question } from './question-schema';

/** All lesson quizzes in course order, validated when the module loads (server side only). */
export const lessonQuizzes: readonly LessonQuiz[] = z
  .array(lessonQuizSchema)
  .length(13)
  .refine((quizzes) => {
    const ids = quizzes.flatMap((quiz) => quiz.questions.map((q) => q.id));
    return new Set(ids).size === ids.length;
  }, 'question ids must be unique across the course')
  .parse([
    startAtZeroQuiz,
    leverageAndMarginQuiz,
    marginExhaustionQuiz,
    stopLossesQuiz,
    openingCalmlyQuiz,
    volatilityBandQuiz,
    positionSizeQuiz,
    borrowedFundMarginQuiz,
    contractMarginQuiz,
    shortSqueezeQuiz,
    feesAndInsuranceQuiz,
    liquidationEventQuiz,
    liquidationFormulasQuiz,
  ]);

export const allQuestions: readonly Question[] = lessonQuizzes.flatMap((quiz) => quiz.questions);

const questionsById = new Map(allQuestions.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return questionsById.get(id);
}

export function quizForLesson(lesson: string): LessonQuiz | undefined {
  return lessonQuizzes.find((quiz) => quiz.lesson === lesson);
}

/**
 * The final course challenge: one question from every lesson, then more drawn from the whole pool,
 * with at least `minimumPerKind` scenario and numeric questions so it tests computing and judging,
 * not only recognising.
 */
export const courseChallenge = {
  id: 'course-challenge',
  title: 'Liquidation Lab final challenge',
  questionCount: 20,
  perLesson: 1,
  minimumPerKind: { numeric: 3, scenario: 2 },
  /** Share of questions to answer correctly to pass. */
  passRatio: '0.8',
} as const;

/**
 * Draws the challenge's question ids. `random` must return uniforms in [0, 1); the server passes a
 * seeded stream from @liqlab/core (createRandom(seed).next) so an attempt can be replayed exactly.
 */
export function drawCourseChallenge(random: () => number): string[] {
  const pick = <T>(pool: T[]): T => {
    const index = Math.floor(random() * pool.length);
    const [item] = pool.splice(index, 1);
    if (item === undefined) throw new Error('drawCourseChallenge: empty pool');
    return item;
  };
  const chosen: Question[] = [];
  const remaining = [...allQuestions];
  const take = (filter: (q: Question) => boolean) => {
    const candidates = remaining.filter(filter);
    const q = pick(candidates);
    remaining.splice(remaining.indexOf(q), 1);
    chosen.push(q);
  };
  for (const quiz of lessonQuizzes) {
    for (let i = 0; i < courseChallenge.perLesson; i++) take((q) => q.lesson === quiz.lesson);
  }
  for (const [kind, minimum] of Object.entries(courseChallenge.minimumPerKind)) {
    const missing = minimum - chosen.filter((q) => q.kind === kind).length;
    for (let i = 0; i < missing; i++) take((q) => q.kind === kind);
  }
  while (chosen.length < courseChallenge.questionCount) take(() => true);
  // Present in course order, so the challenge reads like a walk through the lessons.
  const order = new Map(allQuestions.map((q, index) => [q.id, index]));
  return chosen.map((q) => q.id).sort((a, b) => order.get(a)! - order.get(b)!);
}
