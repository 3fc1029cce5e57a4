import 'server-only';
import { pruneRateLimitBuckets } from '@liqlab/api/rate-limiter';
import { db } from './db';

/** Longer than any rate-limit window, so a bucket still counting is never dropped. */
const KEEP_BUCKETS_MS = 24 * 60 * 60 * 1000;
const EVERY_MS = 15 * 60 * 1000;

/**
 * Deletes rate-limit buckets whose window ended a day ago, every 15 minutes. Every instance runs it;
 * the DELETE is idempotent, so instances need no coordination. The first run waits one interval, so
 * starting the server touches no database.
 */
export function scheduleRateLimitHousekeeping(): void {
  setInterval(() => {
    pruneRateLimitBuckets(db(), KEEP_BUCKETS_MS).catch((error: unknown) =>
      console.error(
        JSON.stringify({
          level: 'error',
          msg: 'rate-limit buckets not pruned; trying again at the next interval',
          err: error instanceof Error ? error.message : String(error),
        }),
      ),
    );
  }, EVERY_MS).unref();
}
