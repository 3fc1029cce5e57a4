import { createHash } from 'node:crypto';
import { type Database, type PreparedStatement, runPrepared } from '@liqlab/db/client';

/** Attempts on one account that pass without any wait. */
export const FREE_SIGN_IN_ATTEMPTS = 5;
/** The wait after the free attempts; each further attempt doubles it. */
export const FIRST_SIGN_IN_DELAY_SECONDS = 15;
/** The longest wait between two attempts on one account. */
export const MAX_SIGN_IN_DELAY_SECONDS = 15 * 60;
/** An account with no attempt for this long starts again with its free attempts. */
const FORGET_AFTER_SECONDS = 60 * 60;

// The bucket row (shared table with the fixed-window limits) holds, per account, the attempts since
// the last success (`count`) and when the last admitted one came (`windowStart`). Each attempt beyond
// the free ones waits after the one before it: 15 s, 30 s, 1 min … doubling up to 15 min — OWASP's
// "increasing delay" rather than a lock-out, so an attacker cannot shut an account out for long, and
// a guesser gets about four tries an hour once the wait has grown.
// The DO UPDATE's WHERE makes the admission and the count one atomic step under the row lock: a
// refused attempt changes nothing and returns no row, so parallel guesses cannot slip past the count.
const ADMIT_STATEMENT: PreparedStatement = {
  name: 'liqlab_sign_in_throttle_admit',
  text: `
    INSERT INTO "rate_limit_bucket" AS b ("key", "windowStart", "count")
    VALUES ($1, now() AT TIME ZONE 'UTC', 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN b."windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => $4::float8)
                     THEN 1 ELSE b."count" + 1 END,
      "windowStart" = now() AT TIME ZONE 'UTC'
    WHERE b."windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => $4::float8)
       OR b."count" < $2::int
       OR b."windowStart" + make_interval(secs => least($3::float8, $5::float8 * power(2, b."count" - $2::int)))
          <= now() AT TIME ZONE 'UTC'
    RETURNING "count"`,
};

const WAIT_STATEMENT: PreparedStatement = {
  name: 'liqlab_sign_in_throttle_wait',
  text: `
    SELECT (extract(epoch FROM ("windowStart"
              + make_interval(secs => least($3::float8, $4::float8 * power(2, "count" - $2::int)))
              - (now() AT TIME ZONE 'UTC'))))::float8 AS "waitSeconds"
    FROM "rate_limit_bucket" WHERE "key" = $1`,
};

/** The bucket key of an account: a hash, so the table holds no email addresses. */
export function signInAccountKey(email: string): string {
  const normalised = email.trim().toLowerCase();
  return `sign-in-account:${createHash('sha256').update(normalised).digest('base64url')}`;
}

export type SignInAdmission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/**
 * Counts one sign-in attempt on the account `email` names, or refuses it while the account's wait
 * runs. Every attempt counts until one succeeds (`forgetSignInAttempts`), so a burst of parallel
 * guesses is held to the free attempts even before any of them has failed.
 */
export async function admitSignInAttempt(
  db: Database,
  email: string,
  /** Multiplies the free attempts: the app's LIQLAB_RATE_LIMIT_SCALE, for load tests only. */
  scale = 1,
): Promise<SignInAdmission> {
  const key = signInAccountKey(email);
  const schedule = [key, FREE_SIGN_IN_ATTEMPTS * scale, MAX_SIGN_IN_DELAY_SECONDS];
  const admitted = await runPrepared<{ count: number }>(db, ADMIT_STATEMENT, [
    ...schedule,
    FORGET_AFTER_SECONDS,
    FIRST_SIGN_IN_DELAY_SECONDS,
  ]);
  if (admitted.length > 0) return { admitted: true };
  const [row] = await runPrepared<{ waitSeconds: number }>(db, WAIT_STATEMENT, [
    ...schedule,
    FIRST_SIGN_IN_DELAY_SECONDS,
  ]);
  return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(row?.waitSeconds ?? 1)) };
}

/** A successful sign-in: the account's next attempts are free again. */
export async function forgetSignInAttempts(db: Database, email: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: signInAccountKey(email) } });
}
