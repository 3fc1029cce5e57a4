import {
  courseChallenge,
  drawCourseChallenge,
  questionById,
  quizForLesson,
} from '@liqlab/content/quizzes/course';
import type { PublicQuestion } from '@liqlab/content/quizzes/public-question';
import { toPublicQuestion } from '@liqlab/content/quizzes/public-question';
import type { Question } from '@liqlab/content/quizzes/question-schema';
import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { childSeed, createRandom } from '@liqlab/core';
import { type QuestionScenario, questionScenarioOf } from '@liqlab/scenario/question-scenario';

export const COURSE_CHALLENGE_ID = courseChallenge.id;
/** Review answers are graded inside attempts with this quiz id (see progress/start-review.ts). */
export const REVIEW_QUIZ_ID = 'review';

/**
 * A question as served for one attempt: content's allow-listed public copy; a numeric one carries
 * the prompt filled with the parameters drawn from the attempt's seed, never the answer; a scenario
 * one carries the position and mark path to show, never the preset they come from.
 */
export type ServedQuestion =
  | Exclude<PublicQuestion, { kind: 'scenario' }>
  | (Extract<PublicQuestion, { kind: 'scenario' }> & { scenario: QuestionScenario });

/** Whether `quizId` names a quiz that `quiz.start` can open: a lesson's quiz or the course challenge. */
export function isStartableQuiz(quizId: string): boolean {
  return quizId === COURSE_CHALLENGE_ID || quizForLesson(quizId) !== undefined;
}

/**
 * The questions of an attempt, derived again from its quiz id and seed on every request, so the
 * server never has to store (or trust the client for) which questions were served.
 */
export function attemptQuestions(quizId: string, attemptSeed: string): Question[] {
  if (quizId === COURSE_CHALLENGE_ID) {
    const random = createRandom(childSeed(attemptSeed, 'draw'));
    return drawCourseChallenge(() => random.next()).map((id) => questionById(id)!);
  }
  return [...(quizForLesson(quizId)?.questions ?? [])];
}

/** Per question id: a scenario's path is generated once per process, not on every serve. */
const scenarios = new Map<string, QuestionScenario>();

function scenarioOf(question: Extract<Question, { kind: 'scenario' }>): QuestionScenario {
  let scenario = scenarios.get(question.id);
  if (!scenario) {
    const preset = sandboxPreset(question.preset);
    if (!preset) throw new Error(`${question.id}: no sandbox preset "${question.preset}"`);
    scenario = questionScenarioOf(preset);
    scenarios.set(question.id, scenario);
  }
  return scenario;
}

export function serveQuestion(question: Question, attemptSeed: string): ServedQuestion {
  const served = toPublicQuestion(question, attemptSeed);
  if (served.kind !== 'scenario') return served;
  if (question.kind !== 'scenario') throw new Error(`${question.id}: served as a scenario question`);
  return { ...served, scenario: scenarioOf(question) };
}

/** Where the lesson teaches the answer (the web app's /learn/[slug] route plus the section's heading id). */
export function lessonLink(question: Question): { lesson: string; section: string; href: string } {
  return {
    lesson: question.lesson,
    section: question.section,
    href: `/learn/${question.lesson}#${question.section}`,
  };
}
