import type { Context, Identity } from '../context';
import { consumeRateLimit } from './rate-limiter';

/** Quiz attempts opened per user (each one is a stored row). */
export const QUIZ_STARTS_PER_MINUTE = 30;
/** Review sessions opened per user (each one is a stored attempt too). */
export const REVIEW_READS_PER_MINUTE = 30;
/** Reads without a session per client address: far above what a person browsing sends. */
export const ANONYMOUS_READS_PER_MINUTE = 120;

/** One minute's budget of `limit` calls in a named bucket, scaled like every limit. */
function consumePerMinute(ctx: Context, key: string, limit: number, action: string) {
  return consumeRateLimit(ctx.db, { key, limit, windowMs: 60_000, action }, ctx.rateLimitScale);
}

export function limitQuizStarts(ctx: Context, identity: Identity) {
  return consumePerMinute(ctx, `quiz-start:${identity.userId}`, QUIZ_STARTS_PER_MINUTE, 'quizzes started');
}

export function limitReviewReads(ctx: Context, identity: Identity) {
  return consumePerMinute(ctx, `review-read:${identity.userId}`, REVIEW_READS_PER_MINUTE, 'review sessions');
}

/** Scenario saves, edits, deletes and forks per user (guest or account). */
export const SCENARIO_WRITES_PER_MINUTE = 60;

export function limitScenarioWrites(ctx: Context, identity: Identity) {
  return consumePerMinute(
    ctx,
    `scenario-write:${identity.userId}`,
    SCENARIO_WRITES_PER_MINUTE,
    'scenario changes',
  );
}

/** Reports filed per account: far above what a person reading the gallery files. */
export const SCENARIO_REPORTS_PER_MINUTE = 10;

export function limitScenarioReports(ctx: Context, identity: Identity) {
  return consumePerMinute(ctx, `scenario-report:${identity.userId}`, SCENARIO_REPORTS_PER_MINUTE, 'reports');
}

/** Hide and restore decisions per administrator, counted like any other write. */
export const MODERATION_DECISIONS_PER_MINUTE = 60;

export function limitModerationDecisions(ctx: Context, identity: Identity) {
  return consumePerMinute(
    ctx,
    `moderation-decision:${identity.userId}`,
    MODERATION_DECISIONS_PER_MINUTE,
    'moderation decisions',
  );
}

/**
 * Counts a read by a caller without a session against its client address. A caller with a session is
 * counted by its writes instead; one whose address is unknown (no trusted proxy) is not limited here:
 * one bucket for every unknown caller would let one client shut out everyone.
 */
export async function limitAnonymousReads(ctx: Context): Promise<void> {
  if (ctx.identity || ctx.clientIp === null) return;
  await consumePerMinute(ctx, `anonymous-read:${ctx.clientIp}`, ANONYMOUS_READS_PER_MINUTE, 'requests');
}
