import { questionById } from '@liqlab/content/quizzes/course';
import type { Database } from '@liqlab/db/client';
import { newAttemptSeed } from '../quizzes/attempt-seed';
import { REVIEW_QUIZ_ID, type ServedQuestion, serveQuestion } from '../quizzes/quiz-questions';
import { createQuizAttempt } from '../repositories/quiz-attempt-repository';
import { countDueReviewCards, listDueReviewQuestionIds } from '../repositories/review-card-repository';

export interface ReviewSession {
  /** Answer these with review.answer; null when nothing is due. */
  attemptId: string | null;
  questions: ServedQuestion[];
  /** All cards due now (may exceed the questions served). */
  dueCount: number;
}

/**
 * Serves the cards due at `now`, most overdue first, inside a new 'review' attempt with its own
 * seed, so a numeric question comes back with fresh numbers and is graded against that seed.
 */
export async function startReview(
  db: Database,
  input: { userId: string; now: Date; limit: number; seed?: string },
): Promise<ReviewSession> {
  const seed = input.seed ?? newAttemptSeed();
  const [ids, dueCount] = await Promise.all([
    listDueReviewQuestionIds(db, input.userId, input.now, input.limit),
    countDueReviewCards(db, input.userId, input.now),
  ]);
  // A card whose question was removed from the course is skipped, not served.
  const questions = ids.flatMap((id) => {
    const question = questionById(id);
    return question ? [question] : [];
  });
  if (questions.length === 0) return { attemptId: null, questions: [], dueCount };
  const attempt = await createQuizAttempt(db, {
    userId: input.userId,
    quizId: REVIEW_QUIZ_ID,
    seed,
    startedAt: input.now,
    total: questions.length,
  });
  return { attemptId: attempt.id, questions: questions.map((q) => serveQuestion(q, seed)), dueCount };
}
