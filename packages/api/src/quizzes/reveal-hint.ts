import { questionById } from '@liqlab/content/quizzes/course';
import { hintAt } from '@liqlab/content/quizzes/public-question';
import type { Database } from '@liqlab/db/client';
import { ApiError } from '../errors/api-error';
import { findQuizAttempt } from '../repositories/quiz-attempt-repository';
import { reviewCardExists } from '../repositories/review-card-repository';
import { attemptNotFound, questionNotInAttempt } from './quiz-errors';
import { attemptQuestions, REVIEW_QUIZ_ID } from './quiz-questions';

/**
 * The index-th hint (0-based) of a question in the caller's attempt. Hints never give the answer
 * away (content's rule), so revealing one does not change the grading.
 */
export async function revealHint(
  db: Database,
  input: { userId: string; attemptId: string; questionId: string; index: number },
): Promise<{ index: number; hint: string; remaining: number }> {
  const attempt = await findQuizAttempt(db, input.attemptId, input.userId);
  if (!attempt) throw attemptNotFound();
  const question = questionById(input.questionId);
  const inAttempt =
    question !== undefined &&
    (attempt.quizId === REVIEW_QUIZ_ID
      ? await reviewCardExists(db, input.userId, question.id)
      : attemptQuestions(attempt.quizId, attempt.seed).some((q) => q.id === question.id));
  if (!question || !inAttempt) throw questionNotInAttempt(input.questionId);
  const hint = hintAt(question, input.index);
  if (hint === undefined) {
    throw new ApiError('INVALID_INPUT', 'This question has no more hints.', { reason: 'NO_MORE_HINTS' });
  }
  return { index: input.index, hint, remaining: question.hints.length - input.index - 1 };
}
