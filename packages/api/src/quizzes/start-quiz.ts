import type { Database } from '@liqlab/db/client';
import { ApiError } from '../errors/api-error';
import { createQuizAttempt } from '../repositories/quiz-attempt-repository';
import { newAttemptSeed } from './attempt-seed';
import { attemptQuestions, isStartableQuiz, type ServedQuestion, serveQuestion } from './quiz-questions';

export interface StartedQuiz {
  attemptId: string;
  quizId: string;
  startedAt: Date;
  questions: ServedQuestion[];
}

/** Opens an attempt with a fresh seed and serves its questions without answers. */
export async function startQuiz(
  db: Database,
  input: { userId: string; quizId: string; now: Date; seed?: string; only?: readonly string[] },
): Promise<StartedQuiz> {
  if (!isStartableQuiz(input.quizId)) {
    throw new ApiError('NOT_FOUND', 'There is no quiz with this id.', { reason: 'UNKNOWN_QUIZ' });
  }
  const seed = input.seed ?? newAttemptSeed();
  const all = attemptQuestions(input.quizId, seed);
  const only = input.only;
  if (only?.some((id) => !all.some((q) => q.id === id))) {
    throw new ApiError('INVALID_INPUT', 'Only questions of this quiz can be retried.', {
      reason: 'NOT_IN_QUIZ',
    });
  }
  // A retry is a fresh attempt (new seed, new numbers) of the chosen questions; answers to it are
  // accepted because they belong to the quiz, and its total is the questions served.
  const questions = only ? all.filter((q) => only.includes(q.id)) : all;
  const attempt = await createQuizAttempt(db, {
    userId: input.userId,
    quizId: input.quizId,
    seed,
    startedAt: input.now,
    total: questions.length,
  });
  return {
    attemptId: attempt.id,
    quizId: attempt.quizId,
    startedAt: attempt.startedAt,
    questions: questions.map((q) => serveQuestion(q, seed)),
  };
}
