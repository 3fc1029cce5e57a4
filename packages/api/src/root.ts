import { accountRouter } from './routers/account';
import { healthRouter } from './routers/health';
import { scenarioRouter } from './routers/scenario';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  account: accountRouter,
  health: healthRouter,
  scenario: scenarioRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
