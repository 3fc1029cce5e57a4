import { accountRouter } from './routers/account';
import { healthRouter } from './routers/health';
import { inlineCheckRouter } from './routers/inline-check';
import { moderationRouter } from './routers/moderation';
import { progressRouter } from './routers/progress';
import { quizRouter } from './routers/quiz';
import { reviewRouter } from './routers/review';
import { scenarioRouter } from './routers/scenario';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  account: accountRouter,
  health: healthRouter,
  inlineCheck: inlineCheckRouter,
  moderation: moderationRouter,
  progress: progressRouter,
  quiz: quizRouter,
  review: reviewRouter,
  scenario: scenarioRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
