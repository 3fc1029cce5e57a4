import { type Database, type PreparedStatement, runPrepared } from '@liqlab/db/client';
import { ApiError } from '../errors/api-error';

export interface RateLimitRule {
  /** What is limited, and for whom, e.g. `scenario-write:<userId>` or `sign-in:<ip>`. */
  key: string;
  /** Hits allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateLimitState {
  /** Hits in the current window, this one included. */
  count: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  retryAfterSeconds: number;
}

const HIT_STATEMENT: PreparedStatement = {
  name: 'liqlab_rate_limit_hit',
  text: `
    INSERT INTO "rate_limit_bucket" AS b ("key", "windowStart", "count")
    VALUES ($1, now() AT TIME ZONE 'UTC', 1)
    ON CONFLICT ("key") DO UPDATE SET
      "windowStart" = CASE WHEN b."windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => $2::float8 / 1000)
                           THEN now() AT TIME ZONE 'UTC' ELSE b."windowStart" END,
      "count"       = CASE WHEN b."windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => $2::float8 / 1000)
                           THEN 1 ELSE b."count" + 1 END
    RETURNING "count",
      (extract(epoch FROM ("windowStart" + make_interval(secs => $2::float8 / 1000) - (now() AT TIME ZONE 'UTC'))) * 1000)::float8
        AS "retryAfterMs"`,
};

/**
 * Counts one hit in a fixed window kept in PostgreSQL, so the limit holds across every app instance.
 * One atomic statement per hit: the row is created, reset (when its window has passed) or incremented
 * under the row lock, and the count comes back from the same statement — two instances can never both
 * read "59" and both allow the 60th hit. Times come from the database clock (in UTC, as Prisma stores
 * DateTime), not the instances'. Every write runs it, so it is a prepared statement past Prisma.
 */
export async function hitRateLimit(db: Database, rule: RateLimitRule): Promise<RateLimitState> {
  if (!Number.isInteger(rule.limit) || rule.limit < 1)
    throw new RangeError('limit must be a positive integer');
  if (!Number.isInteger(rule.windowMs) || rule.windowMs < 1) {
    throw new RangeError('windowMs must be a positive integer');
  }
  const [row] = await runPrepared<{ count: number; retryAfterMs: number }>(db, HIT_STATEMENT, [
    rule.key,
    rule.windowMs,
  ]);
  if (!row) throw new Error('The rate-limit upsert returned no row.');
  return {
    count: row.count,
    remaining: Math.max(0, rule.limit - row.count),
    retryAfterSeconds: Math.max(1, Math.ceil(row.retryAfterMs / 1000)),
  };
}

/**
 * Counts one hit and throws ApiError('RATE_LIMITED') once the window's limit is exceeded, with the
 * seconds to wait in `details.retryAfterSeconds` (the HTTP layer can send it as Retry-After).
 * `scale` multiplies the limit: the app's LIQLAB_RATE_LIMIT_SCALE, for load tests only.
 */
export async function consumeRateLimit(
  db: Database,
  rule: RateLimitRule & { action?: string },
  scale = 1,
): Promise<RateLimitState> {
  const limit = rule.limit * scale;
  const state = await hitRateLimit(db, { ...rule, limit });
  if (state.count > limit) {
    const s = state.retryAfterSeconds;
    throw new ApiError('RATE_LIMITED', `Too many ${rule.action ?? 'requests'}; try again in ${s} s.`, {
      retryAfterSeconds: s,
      limit,
    });
  }
  return state;
}

/** Housekeeping: drops buckets whose window ended long ago (run from a periodic job). */
export async function pruneRateLimitBuckets(db: Database, olderThanMs: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "rate_limit_bucket"
    WHERE "windowStart" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${olderThanMs}::float8 / 1000)`;
}
