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
  input: { userId: string; quizId: string; now: Date; seed?: string },
): Promise<StartedQuiz> {
  if (!isStartableQuiz(input.quizId)) {
    throw new ApiError('NOT_FOUND', 'There is no quiz with this id.', { reason: 'UNKNOWN_QUIZ' });
  }
  const seed = input.seed ?? newAttemptSeed();
  const questions = attemptQuestions(input.quizId, seed);
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
