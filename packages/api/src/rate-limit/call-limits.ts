import type { Context, Identity } from '../context';
import { consumeRateLimit } from './rate-limiter';

/** Quiz attempts opened per user (each one is a stored row). */
export const QUIZ_STARTS_PER_MINUTE = 30;
/** Review sessions opened per user (each one is a stored attempt too). */
export const REVIEW_READS_PER_MINUTE = 30;
/** Reads without a session per client address: far above what a person browsing sends. */
export const ANONYMOUS_READS_PER_MINUTE = 120;

export function limitQuizStarts(ctx: Context, identity: Identity) {
  return consumeRateLimit(
    ctx.db,
    {
      key: `quiz-start:${identity.userId}`,
      limit: QUIZ_STARTS_PER_MINUTE,
      windowMs: 60_000,
      action: 'quizzes started',
    },
    ctx.rateLimitScale,
  );
}

export function limitReviewReads(ctx: Context, identity: Identity) {
  return consumeRateLimit(
    ctx.db,
    {
      key: `review-read:${identity.userId}`,
      limit: REVIEW_READS_PER_MINUTE,
      windowMs: 60_000,
      action: 'review sessions',
    },
    ctx.rateLimitScale,
  );
}

/**
 * Counts a read by a caller without a session against its client address. A caller with a session is
 * counted by its writes instead; one whose address is unknown (no trusted proxy) is not limited here:
 * one bucket for every unknown caller would let one client shut out everyone.
 */
export async function limitAnonymousReads(ctx: Context): Promise<void> {
  if (ctx.identity || ctx.clientIp === null) return;
  await consumeRateLimit(
    ctx.db,
    {
      key: `anonymous-read:${ctx.clientIp}`,
      limit: ANONYMOUS_READS_PER_MINUTE,
      windowMs: 60_000,
      action: 'requests',
    },
    ctx.rateLimitScale,
  );
}
