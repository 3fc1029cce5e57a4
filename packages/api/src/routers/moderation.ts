import { limitModerationDecisions } from '../rate-limit/call-limits';
import { decideModeration, moderationQueuePage } from '../repositories/moderation-repository';
import { moderationDecisionInput, moderationQueueInput } from '../scenarios/scenario-procedure-inputs';
import { adminProcedure, createTRPCRouter } from '../trpc';

/** Administrators only (adminProcedure): the reported scenarios, and hiding or restoring one. */
export const moderationRouter = createTRPCRouter({
  /** One page of scenarios waiting for review, reported below the threshold, or hidden. */
  queue: adminProcedure
    .input(moderationQueueInput)
    .query(({ ctx, input }) => moderationQueuePage(ctx.db, input)),

  /** Withholds a scenario from everyone but its owner (the shared page says a moderator hid it). */
  hide: adminProcedure.input(moderationDecisionInput).mutation(async ({ ctx, input }) => {
    await limitModerationDecisions(ctx, ctx.identity);
    return decideModeration(ctx.db, { ...input, moderatorId: ctx.identity.userId, state: 'HIDDEN' });
  }),

  /** Back in the gallery (if public) and on its shared page; its open reports are marked reviewed. */
  restore: adminProcedure.input(moderationDecisionInput).mutation(async ({ ctx, input }) => {
    await limitModerationDecisions(ctx, ctx.identity);
    return decideModeration(ctx.db, { ...input, moderatorId: ctx.identity.userId, state: 'VISIBLE' });
  }),
});
