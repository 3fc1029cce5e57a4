import { systemClock } from '../progress/clock';
import { answerQuestion } from '../quizzes/answer-question';
import { finishQuiz } from '../quizzes/finish-quiz';
import { answerInput, finishQuizInput, hintInput, startQuizInput } from '../quizzes/quiz-input';
import { revealHint } from '../quizzes/reveal-hint';
import { startQuiz } from '../quizzes/start-quiz';
import { limitQuizStarts } from '../rate-limit/call-limits';
import { createTRPCRouter, identifiedProcedure } from '../trpc';

export const quizRouter = createTRPCRouter({
  /** Opens an attempt; the questions carry no answers, explanations or hints. */
  start: identifiedProcedure.input(startQuizInput).mutation(async ({ ctx, input }) => {
    await limitQuizStarts(ctx, ctx.identity);
    const started = await startQuiz(ctx.db, {
      userId: ctx.identity.userId,
      quizId: input.quizId,
      only: input.questionIds,
      now: systemClock(),
    });
    return { ...started, startedAt: started.startedAt.toISOString() };
  }),

  /** Grades one answer; the solution and explanations are revealed only in this response. */
  answer: identifiedProcedure.input(answerInput).mutation(async ({ ctx, input }) => {
    const result = await answerQuestion(ctx.db, {
      userId: ctx.identity.userId,
      ...input,
      now: systemClock(),
      mode: 'quiz',
    });
    const { nextReviewAt: _unused, ...dto } = result;
    return dto;
  }),

  /** One hint of a question in the caller's attempt (quiz or review), one click at a time. */
  hint: identifiedProcedure
    .input(hintInput)
    .mutation(({ ctx, input }) => revealHint(ctx.db, { userId: ctx.identity.userId, ...input })),

  /** Closes the attempt: score, mastery per lesson and the review queue. */
  finish: identifiedProcedure.input(finishQuizInput).mutation(async ({ ctx, input }) => {
    const finished = await finishQuiz(ctx.db, {
      userId: ctx.identity.userId,
      attemptId: input.attemptId,
      now: systemClock(),
    });
    return {
      ...finished,
      submittedAt: finished.submittedAt.toISOString(),
      reviewQueue: finished.reviewQueue.map((card) => ({ ...card, due: card.due.toISOString() })),
    };
  }),
});
