import { z } from 'zod';
import { answerSchema } from './answer-schema';

/** Postgres uuid syntax; anything else is refused before it reaches a uuid column. */
export const attemptIdSchema = z.guid('Not a valid attempt id.');

const questionIdSchema = z.string().min(1).max(100);

export const startQuizInput = z.strictObject({
  quizId: z.string().min(1).max(100),
  /** Retry: serve only these questions of the quiz (the ones missed last time), in the quiz's order. */
  questionIds: z.array(questionIdSchema).min(1).max(20).optional(),
});

export const answerInput = z.strictObject({
  attemptId: attemptIdSchema,
  questionId: questionIdSchema,
  answer: answerSchema,
});

export const finishQuizInput = z.strictObject({ attemptId: attemptIdSchema });

export const hintInput = z.strictObject({
  attemptId: attemptIdSchema,
  questionId: questionIdSchema,
  /** 0-based: the first click reveals hint 0. */
  index: z.number().int().min(0).max(10),
});
