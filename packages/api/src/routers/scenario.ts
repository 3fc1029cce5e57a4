import {
  validatePathWithEngine,
  validatePositionWithEngine,
  validateScenarioWithEngine,
} from '@liqlab/scenario/scenario-schema';
import { decodeScenarioState, ScenarioStateError } from '@liqlab/scenario/scenario-state-codec';
import type { Context, Identity } from '../context';
import { ApiError } from '../errors/api-error';
import { limitAnonymousReads, limitScenarioReports, limitScenarioWrites } from '../rate-limit/call-limits';
import { findMyReport, reportScenario } from '../repositories/scenario-report-repository';
import {
  createScenario,
  deleteScenario,
  duplicateScenario,
  findViewableScenarioId,
  forkScenario,
  getScenarioForViewer,
  listMyScenarios,
  listPublicScenarios,
  updateScenario,
} from '../repositories/scenario-repository';
import { isAdministrator } from '../repositories/user-role-repository';
import { isFirstViewInPeriod, viewerKeyOf } from '../scenarios/first-view-in-period';
import { isWithheldByModeration } from '../scenarios/scenario-moderation';
import {
  createScenarioInput,
  decodeSharedInput,
  deleteScenarioInput,
  duplicateScenarioInput,
  forkScenarioInput,
  galleryInput,
  getScenarioInput,
  myReportInput,
  pageInput,
  recordViewInput,
  reportScenarioInput,
  updateScenarioInput,
} from '../scenarios/scenario-procedure-inputs';
import { accountProcedure, createTRPCRouter, identifiedProcedure, publicProcedure } from '../trpc';

/** Adds the caller's view of scenario `id` if it is their first in the period; whether it did. */
async function countViewOnce(ctx: Context, id: string): Promise<boolean> {
  if (!(await isFirstViewInPeriod(ctx.db, id, viewerKeyOf(ctx)))) return false;
  await ctx.views.record(id);
  return true;
}

/**
 * The scenario as `viewer` may read it. Only when moderation withholds it is the caller's role
 * looked up: an administrator opens it to review it; everyone else gets the refusal.
 */
async function readScenario(ctx: Context, idOrSlug: string) {
  const viewerId = ctx.identity?.userId ?? null;
  try {
    return await getScenarioForViewer(ctx.db, idOrSlug, { id: viewerId });
  } catch (error) {
    if (!isWithheldByModeration(error) || !ctx.identity || ctx.identity.isGuest) throw error;
    if (!(await isAdministrator(ctx.db, ctx.identity.userId))) throw error;
    return getScenarioForViewer(ctx.db, idOrSlug, { id: viewerId, asModerator: true });
  }
}

/** The public gallery is for accounts: a guest's identity is disposable, so it cannot publish. */
function assertMayPublish(identity: Identity, visibility: string | undefined) {
  if (visibility === 'PUBLIC' && identity.isGuest) {
    throw new ApiError('UNAUTHORIZED', 'Sign in or create an account to publish to the gallery.');
  }
}

export const scenarioRouter = createTRPCRouter({
  create: identifiedProcedure.input(createScenarioInput).mutation(async ({ ctx, input }) => {
    const { clientKey, visibility, ...content } = input;
    assertMayPublish(ctx.identity, visibility);
    await limitScenarioWrites(ctx, ctx.identity);
    validateScenarioWithEngine(content);
    return createScenario(ctx.db, {
      ownerId: ctx.identity.userId,
      clientKey,
      content: { ...content, visibility },
    });
  }),

  /**
   * Private scenarios resolve for their owner only; every other viewer adds a view once per period.
   * One in review or hidden: for its owner and administrators only (others get UNDER_REVIEW or
   * HIDDEN_BY_MODERATION).
   */
  get: publicProcedure.input(getScenarioInput).query(async ({ ctx, input }) => {
    await limitAnonymousReads(ctx);
    const scenario = await readScenario(ctx, input.idOrSlug);
    // The stored count plus this instance's views not yet written.
    const viewCount = scenario.viewCount + ctx.views.pendingFor(scenario.id);
    if (scenario.isMine || input.countView === false) return { ...scenario, viewCount };
    const counted = await countViewOnce(ctx, scenario.id);
    return { ...scenario, viewCount: counted ? viewCount + 1 : viewCount };
  }),

  /**
   * A view of a shared page, sent by the page from the browser once it has loaded: the page's HTML
   * may come from a CDN or the shared-page cache, which never reach this count.
   */
  recordView: publicProcedure.input(recordViewInput).mutation(async ({ ctx, input }) => {
    await limitAnonymousReads(ctx);
    const { id, isMine } = await findViewableScenarioId(ctx.db, input.idOrSlug, ctx.identity?.userId ?? null);
    return { counted: !isMine && (await countViewOnce(ctx, id)) };
  }),

  update: identifiedProcedure.input(updateScenarioInput).mutation(async ({ ctx, input }) => {
    const { id, version, ...changes } = input;
    assertMayPublish(ctx.identity, changes.visibility);
    await limitScenarioWrites(ctx, ctx.identity);
    if (changes.position) validatePositionWithEngine(changes.position);
    if (changes.path) validatePathWithEngine(changes.path);
    return updateScenario(ctx.db, { id, version, ownerId: ctx.identity.userId, changes });
  }),

  delete: identifiedProcedure.input(deleteScenarioInput).mutation(async ({ ctx, input }) => {
    await limitScenarioWrites(ctx, ctx.identity);
    await deleteScenario(ctx.db, { id: input.id, ownerId: ctx.identity.userId });
    return { id: input.id, deleted: true as const };
  }),

  fork: identifiedProcedure.input(forkScenarioInput).mutation(async ({ ctx, input }) => {
    await limitScenarioWrites(ctx, ctx.identity);
    return forkScenario(ctx.db, { ...input, ownerId: ctx.identity.userId });
  }),

  /** A private copy of one of my scenarios (rename is `update` with a title alone). */
  duplicate: identifiedProcedure.input(duplicateScenarioInput).mutation(async ({ ctx, input }) => {
    await limitScenarioWrites(ctx, ctx.identity);
    return duplicateScenario(ctx.db, { ...input, ownerId: ctx.identity.userId });
  }),

  /**
   * Reports a public scenario to the moderators (accounts only: a guest identity is disposable, so a
   * guest could report again and again). Enough open reports send it to review.
   */
  report: accountProcedure.input(reportScenarioInput).mutation(async ({ ctx, input }) => {
    await limitScenarioReports(ctx, ctx.identity);
    return reportScenario(ctx.db, {
      ...input,
      reporterId: ctx.identity.userId,
      threshold: ctx.reportThreshold,
    });
  }),

  /** My report of this scenario, if I filed one (the shared page shows "Reported" instead of the button). */
  myReport: accountProcedure
    .input(myReportInput)
    .query(({ ctx, input }) => findMyReport(ctx.db, input.idOrSlug, ctx.identity.userId)),

  listMine: identifiedProcedure
    .input(pageInput)
    .query(({ ctx, input }) => listMyScenarios(ctx.db, ctx.identity.userId, input)),

  gallery: publicProcedure.input(galleryInput).query(async ({ ctx, input }) => {
    await limitAnonymousReads(ctx);
    const { cursor, limit, ...filter } = input;
    return listPublicScenarios(ctx.db, filter, { cursor, limit }, ctx.identity?.userId ?? null);
  }),

  /** Validates a share-link state server-side (schema and engine) and returns the scenario it holds. */
  decodeShared: publicProcedure.input(decodeSharedInput).query(async ({ ctx, input }) => {
    await limitAnonymousReads(ctx);
    let scenario: ReturnType<typeof decodeScenarioState>;
    try {
      scenario = decodeScenarioState(input.state);
    } catch (error) {
      // The codec's refusal is written for the learner: it crosses the edge as is, as INVALID_INPUT.
      if (error instanceof ScenarioStateError) {
        throw new ApiError('INVALID_INPUT', error.message, error.details);
      }
      throw error;
    }
    validateScenarioWithEngine(scenario);
    return scenario;
  }),
});
