import { type Database, type PreparedStatement, runPrepared } from '@liqlab/db/client';

const LIVE_STATEMENT: PreparedStatement = {
  name: 'liqlab_session_live',
  text: `SELECT 1 AS "live" FROM "session" WHERE "token" = $1 AND "expiresAt" > now() AT TIME ZONE 'UTC'`,
};

/**
 * Whether the session with this token still exists and has not expired. Sign-out deletes the row,
 * and deleting an account deletes its sessions, so this is the revocation check every instance
 * sees at once. Asked on every request that names a session, so it is one prepared statement on
 * the token's unique index, past Prisma.
 */
export async function isSessionLive(db: Database, token: string): Promise<boolean> {
  const rows = await runPrepared<{ live: number }>(db, LIVE_STATEMENT, [token]);
  return rows.length > 0;
}
