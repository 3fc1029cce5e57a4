import { TRPCError } from '@trpc/server';
import { deleteAccount, exportAccountData, findAccountSummary } from '../repositories/account-repository';
import { createTRPCRouter, identifiedProcedure, publicProcedure } from '../trpc';

export const accountRouter = createTRPCRouter({
  /** Who am I: null before the first visit created a guest identity. */
  me: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.identity) return null;
    return findAccountSummary(ctx.db, ctx.identity.userId);
  }),

  /** Everything we store about me, as JSON (guests too: their progress is theirs). */
  exportData: identifiedProcedure.query(({ ctx }) => exportAccountData(ctx.db, ctx.identity.userId)),

  /** Deletes me and everything I own. Irreversible. */
  delete: identifiedProcedure.mutation(async ({ ctx }) => {
    const exists = await findAccountSummary(ctx.db, ctx.identity.userId);
    if (!exists) throw new TRPCError({ code: 'NOT_FOUND', message: 'This account no longer exists.' });
    await deleteAccount(ctx.db, ctx.identity.userId);
    return { deleted: true as const };
  }),
});
