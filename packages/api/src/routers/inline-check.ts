import { z } from 'zod';
import { answerInlineCheck } from '../progress/answer-inline-check';
import { systemClock } from '../progress/clock';
import { decimalAnswerSchema } from '../quizzes/answer-schema';
import { createTRPCRouter, identifiedProcedure } from '../trpc';

const answerInput = z.strictObject({
  checkId: z.string().min(1).max(100),
  answer: z.union([
    z.strictObject({ choice: z.string().min(1).max(100) }),
    z.strictObject({ value: decimalAnswerSchema }),
  ]),
});

export const inlineCheckRouter = createTRPCRouter({
  /** Grades one inline check; the answer and its why are revealed only in this response. */
  answer: identifiedProcedure.input(answerInput).mutation(({ ctx, input }) =>
    answerInlineCheck(ctx.db, {
      userId: ctx.identity.userId,
      checkId: input.checkId,
      answer:
        'choice' in input.answer
          ? { choice: input.answer.choice }
          : { value: input.answer.value.replace('−', '-') },
      now: systemClock(),
    }),
  ),
});
