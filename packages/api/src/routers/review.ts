import { z } from 'zod';
import { systemClock } from '../progress/clock';
import { startReview } from '../progress/start-review';
import { answerQuestion } from '../quizzes/answer-question';
import { answerInput } from '../quizzes/quiz-input';
import { limitReviewReads } from '../rate-limit/call-limits';
import { createTRPCRouter, identifiedProcedure } from '../trpc';

export const reviewRouter = createTRPCRouter({
  /**
   * Due questions (public copies) inside a fresh review session; answer them with review.answer.
   * A mutation, not a query: it opens a session with a new seed, and a background refetch must not.
   */
  due: identifiedProcedure
    .input(z.strictObject({ limit: z.number().int().min(1).max(50).default(10) }).default({ limit: 10 }))
    .mutation(async ({ ctx, input }) => {
      await limitReviewReads(ctx, ctx.identity);
      return startReview(ctx.db, { userId: ctx.identity.userId, now: systemClock(), limit: input.limit });
    }),

  /** Grades a review answer and reschedules the card (Again on a miss, Good when right). */
  answer: identifiedProcedure.input(answerInput).mutation(async ({ ctx, input }) => {
    const result = await answerQuestion(ctx.db, {
      userId: ctx.identity.userId,
      ...input,
      now: systemClock(),
      mode: 'review',
    });
    return { ...result, nextReviewAt: result.nextReviewAt?.toISOString() ?? null };
  }),
});
