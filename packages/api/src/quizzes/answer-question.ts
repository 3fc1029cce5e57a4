import { questionById } from '@liqlab/content/quizzes/course';
import type { Question } from '@liqlab/content/quizzes/question-schema';
import type { Database, Prisma } from '@liqlab/db/client';
import { applyAnswers, masteryLevel, masteryStateOf } from '../progress/mastery';
import { scheduleAfterAnswer } from '../progress/review-scheduler';
import { utcDay } from '../progress/streak';
import {
  lockLessonProgress,
  recordLearningDay,
  saveLessonMastery,
} from '../repositories/lesson-progress-repository';
import {
  findQuizAnswer,
  insertQuizAnswer,
  lockQuizAttempt,
  type QuizAttemptRecord,
  runInTransaction,
} from '../repositories/quiz-attempt-repository';
import { lockReviewCards, saveReviewCard } from '../repositories/review-card-repository';
import { type Answer, answerSchema } from './answer-schema';
import { type GradedAnswer, gradeAnswer } from './grade-answer';
import {
  attemptAlreadyFinished,
  attemptNotFound,
  questionNotInAttempt,
  reviewCardNotDue,
  wrongAttemptType,
} from './quiz-errors';
import { attemptQuestions, lessonLink, REVIEW_QUIZ_ID } from './quiz-questions';

export interface AnswerResult extends GradedAnswer {
  questionId: string;
  lessonLink: { lesson: string; section: string; href: string };
  /**
   * True when this question had already been answered in this attempt: the first answer stands
   * and its result is returned again (so a retried request is harmless and answers cannot be
   * changed after the solution was shown).
   */
  alreadyAnswered: boolean;
  /** Review sessions only: when the question comes up again (null for quiz attempts). */
  nextReviewAt: Date | null;
}

/** The question if it belongs to the attempt; review sessions accept questions under review (due: below). */
async function questionInAttempt(
  tx: Prisma.TransactionClient,
  attempt: QuizAttemptRecord,
  questionId: string,
): Promise<Question> {
  const question = questionById(questionId);
  if (!question) throw questionNotInAttempt(questionId);
  if (attempt.quizId === REVIEW_QUIZ_ID) {
    const cards = await lockReviewCards(tx, attempt.userId, [questionId]);
    if (!cards.has(questionId)) throw questionNotInAttempt(questionId);
  } else if (!attemptQuestions(attempt.quizId, attempt.seed).some((q) => q.id === questionId)) {
    throw questionNotInAttempt(questionId);
  }
  return question;
}

/**
 * Grades and stores one answer of a quiz attempt (`mode: 'quiz'`) or a review session
 * (`mode: 'review'`). Quiz answers only change mastery and review cards when the attempt is
 * finished; a review answer reschedules its card and updates the lesson's mastery at once, since a
 * review session has no end.
 */
export async function answerQuestion(
  db: Database,
  input: {
    userId: string;
    attemptId: string;
    questionId: string;
    answer: Answer;
    now: Date;
    mode: 'quiz' | 'review';
  },
): Promise<AnswerResult> {
  return runInTransaction(db, async (tx) => {
    const attempt = await lockQuizAttempt(tx, input.attemptId, input.userId);
    if (!attempt) throw attemptNotFound();
    const isReview = attempt.quizId === REVIEW_QUIZ_ID;
    if (isReview !== (input.mode === 'review')) throw wrongAttemptType(isReview ? 'quiz' : 'review');
    const question = await questionInAttempt(tx, attempt, input.questionId);
    const base = { questionId: question.id, lessonLink: lessonLink(question) };

    const stored = await findQuizAnswer(tx, attempt.id, question.id);
    if (stored) {
      const previous = answerSchema.parse(stored.answer);
      return {
        ...base,
        ...gradeAnswer(question, previous, attempt.seed),
        alreadyAnswered: true,
        nextReviewAt: null,
      };
    }
    if (attempt.submittedAt) throw attemptAlreadyFinished();

    // A review answer counts only for a card due now: one not yet due (or answered in another
    // session meanwhile) would otherwise reschedule and raise mastery as often as it is sent.
    const card = isReview
      ? (await lockReviewCards(tx, input.userId, [question.id])).get(question.id)
      : undefined;
    if (card && card.due > input.now) throw reviewCardNotDue(question.id, card.due);

    const graded = gradeAnswer(question, input.answer, attempt.seed);
    await insertQuizAnswer(tx, {
      attemptId: attempt.id,
      questionId: question.id,
      answer: input.answer,
      isCorrect: graded.correct,
      answeredAt: input.now,
    });
    await recordLearningDay(tx, input.userId, utcDay(input.now));

    let nextReviewAt: Date | null = null;
    if (card) {
      const next = scheduleAfterAnswer(card, graded.correct, input.now);
      if (next) await saveReviewCard(tx, input.userId, question.id, next);
      nextReviewAt = next?.due ?? null;
      const progress = await lockLessonProgress(tx, input.userId, [question.lesson], input.now);
      const state = applyAnswers(masteryStateOf(progress.get(question.lesson)), [graded.correct]);
      await saveLessonMastery(tx, input.userId, question.lesson, {
        level: masteryLevel(state),
        score: state.score,
      });
    }
    return { ...base, ...graded, alreadyAnswered: false, nextReviewAt };
  });
}
