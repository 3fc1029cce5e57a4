import {
  courseChallenge,
  drawCourseChallenge,
  questionById,
  quizForLesson,
} from '@liqlab/content/quizzes/course';
import type { PublicQuestion } from '@liqlab/content/quizzes/public-question';
import { toPublicQuestion } from '@liqlab/content/quizzes/public-question';
import type { Question } from '@liqlab/content/quizzes/question-schema';
import { childSeed, createRandom } from '@liqlab/core';

export const COURSE_CHALLENGE_ID = courseChallenge.id;
/** Review answers are graded inside attempts with this quiz id (see progress/start-review.ts). */
export const REVIEW_QUIZ_ID = 'review';

/**
 * A question as served for one attempt: content's allow-listed public copy; a numeric one carries
 * the prompt filled with the parameters drawn from the attempt's seed, never the answer.
 */
export type ServedQuestion = PublicQuestion;

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

export function serveQuestion(question: Question, attemptSeed: string): ServedQuestion {
  return toPublicQuestion(question, attemptSeed);
}

/** Where the lesson teaches the answer (the web app's /learn/[slug] route plus the section's heading id). */
export function lessonLink(question: Question): { lesson: string; section: string; href: string } {
  return {
    lesson: question.lesson,
    section: question.section,
    href: `/learn/${question.lesson}#${question.section}`,
  };
}
