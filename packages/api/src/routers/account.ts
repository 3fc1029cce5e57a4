import { TRPCError } from '@trpc/server';
import { deleteAccount, exportAccountData, findAccountSummary } from '../repositories/account-repository';
import { isAdministrator } from '../repositories/user-role-repository';
import { createTRPCRouter, identifiedProcedure, publicProcedure } from '../trpc';

export const accountRouter = createTRPCRouter({
  /** Who am I: null before the first visit created a guest identity. */
  me: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.identity) return null;
    return findAccountSummary(ctx.db, ctx.identity.userId);
  }),

  /**
   * Whether I may moderate, for the account menu's link to the moderation page: read from the
   * database like adminProcedure's check, so a revoked role hides the link at the next page view.
   * False without a session, so the menu can ask on every page.
   */
  isAdministrator: publicProcedure.query(async ({ ctx }) =>
    ctx.identity ? isAdministrator(ctx.db, ctx.identity.userId) : false,
  ),

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
