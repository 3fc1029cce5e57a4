import { readDatabaseHealth } from '../repositories/health-repository';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const healthRouter = createTRPCRouter({
  check: publicProcedure.query(async ({ ctx }) => {
    const health = await readDatabaseHealth(ctx.db);
    return {
      status: 'ok' as const,
      serverTime: health.serverTime.toISOString(),
      appliedMigrations: health.appliedMigrations,
    };
  }),
});
