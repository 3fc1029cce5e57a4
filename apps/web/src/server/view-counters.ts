import 'server-only';
import { scenarioViewsById } from '@liqlab/api/scenario-view-counters';
import type { ViewCounter } from '@liqlab/api/view-counter';
import { db } from './db';

/** How long views wait in memory before one batched write (see ViewCounter for why). */
const FLUSH_EVERY_MS = 1000;

const globalForViews = globalThis as unknown as {
  liqlabViewsById?: ViewCounter;
};

function logFlushError(error: unknown): void {
  console.error(
    JSON.stringify({
      level: 'error',
      msg: 'scenario views not written yet; retrying with the next flush',
      err: error instanceof Error ? error.message : String(error),
    }),
  );
}

/** The process's counter of scenario views through the API, by id. */
export function scenarioViewCounter(): ViewCounter {
  globalForViews.liqlabViewsById ??= scenarioViewsById(db(), {
    flushEveryMs: FLUSH_EVERY_MS,
    onFlushError: logFlushError,
  });
  return globalForViews.liqlabViewsById;
}
