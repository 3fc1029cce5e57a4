import { courseChallenge, questionById } from '@liqlab/content/quizzes/course';
import { Decimal } from '@liqlab/core';
import type { Database } from '@liqlab/db/client';
import { applyAnswers, type MasteryLevel, masteryLevel, masteryStateOf } from '../progress/mastery';
import { scheduleAfterAnswer } from '../progress/review-scheduler';
import {
  listLessonProgress,
  lockLessonProgress,
  saveLessonMastery,
} from '../repositories/lesson-progress-repository';
import {
  closeQuizAttempt,
  listQuizAnswers,
  lockQuizAttempt,
  runInTransaction,
} from '../repositories/quiz-attempt-repository';
import { lockReviewCards, saveReviewCard } from '../repositories/review-card-repository';
import { attemptNotFound, wrongAttemptType } from './quiz-errors';
import { COURSE_CHALLENGE_ID, REVIEW_QUIZ_ID } from './quiz-questions';

export interface LessonMasteryChange {
  lesson: string;
  before: MasteryLevel;
  after: MasteryLevel;
  score: string;
}

export interface FinishedQuiz {
  attemptId: string;
  quizId: string;
  correct: number;
  /** Questions served; unanswered ones count as not correct in the score. */
  total: number;
  answered: number;
  /** The course challenge's pass mark (share of `total`); null for lesson quizzes. */
  passed: boolean | null;
  submittedAt: Date;
  /** True when the attempt had been finished before: nothing changed this time. */
  alreadyFinished: boolean;
  mastery: LessonMasteryChange[];
  /** Questions added to or moved in the review queue by this attempt. */
  reviewCardsUpdated: number;
  /** Those questions and when each comes back (the dashboard's queue lists the same cards). */
  reviewQueue: { questionId: string; due: Date }[];
  /** Questions of this attempt answered wrong, in the order answered: what "retry missed" serves. */
  missed: string[];
}

function passed(quizId: string, correct: number, total: number): boolean | null {
  if (quizId !== COURSE_CHALLENGE_ID) return null;
  return total > 0 && new Decimal(correct).div(total).gte(courseChallenge.passRatio);
}

/**
 * Closes the attempt and applies it, in one transaction: the score, each touched lesson's mastery
 * (answers folded in the order given; unanswered questions do not move mastery) and the review
 * cards (a miss rates Again, a correct answer to a question under review rates Good). Finishing
 * again returns the stored score and changes nothing.
 */
export async function finishQuiz(
  db: Database,
  input: { userId: string; attemptId: string; now: Date },
): Promise<FinishedQuiz> {
  return runInTransaction(db, async (tx) => {
    const attempt = await lockQuizAttempt(tx, input.attemptId, input.userId);
    if (!attempt) throw attemptNotFound();
    if (attempt.quizId === REVIEW_QUIZ_ID) throw wrongAttemptType('review');
    const answers = (await listQuizAnswers(tx, attempt.id)).flatMap((answer) => {
      const question = questionById(answer.questionId);
      return question ? [{ ...answer, lesson: question.lesson }] : [];
    });
    const correct = answers.filter((a) => a.isCorrect).length;
    const lessons = [...new Set(answers.map((a) => a.lesson))];

    if (attempt.submittedAt) {
      const progress = (await listLessonProgress(tx, input.userId)).filter((p) =>
        lessons.includes(p.lessonSlug),
      );
      return {
        attemptId: attempt.id,
        quizId: attempt.quizId,
        correct: attempt.correct,
        total: attempt.total,
        answered: answers.length,
        passed: passed(attempt.quizId, attempt.correct, attempt.total),
        submittedAt: attempt.submittedAt,
        alreadyFinished: true,
        mastery: progress.map((p) => ({
          lesson: p.lessonSlug,
          before: p.mastery,
          after: p.mastery,
          score: p.masteryScore,
        })),
        reviewCardsUpdated: 0,
        reviewQueue: [],
        missed: answers.filter((a) => !a.isCorrect).map((a) => a.questionId),
      };
    }

    await closeQuizAttempt(tx, attempt.id, { submittedAt: input.now, correct, total: attempt.total });

    const progress = await lockLessonProgress(tx, input.userId, lessons, input.now);
    const mastery: LessonMasteryChange[] = [];
    for (const lesson of lessons) {
      const before = masteryStateOf(progress.get(lesson));
      const results = answers.filter((a) => a.lesson === lesson).map((a) => a.isCorrect);
      const after = applyAnswers(before, results);
      const level = masteryLevel(after);
      await saveLessonMastery(tx, input.userId, lesson, { level, score: after.score });
      mastery.push({ lesson, before: masteryLevel(before), after: level, score: after.score });
    }

    const cards = await lockReviewCards(
      tx,
      input.userId,
      answers.map((a) => a.questionId),
    );
    const reviewQueue: { questionId: string; due: Date }[] = [];
    for (const answer of answers) {
      const next = scheduleAfterAnswer(cards.get(answer.questionId) ?? null, answer.isCorrect, input.now);
      if (next) {
        await saveReviewCard(tx, input.userId, answer.questionId, next);
        reviewQueue.push({ questionId: answer.questionId, due: next.due });
      }
    }

    return {
      attemptId: attempt.id,
      quizId: attempt.quizId,
      correct,
      total: attempt.total,
      answered: answers.length,
      passed: passed(attempt.quizId, correct, attempt.total),
      submittedAt: input.now,
      alreadyFinished: false,
      mastery,
      reviewCardsUpdated: reviewQueue.length,
      reviewQueue,
      missed: answers.filter((a) => !a.isCorrect).map((a) => a.questionId),
    };
  });
}
