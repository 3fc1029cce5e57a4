import { randomUUID } from 'node:crypto';
import type { Database } from '@liqlab/db/client';
import { type Logger, logger } from './logger';
import { scenarioViewsById } from './scenarios/scenario-view-counters';
import type { ViewCounter } from './scenarios/view-counter';

/** Who is calling: a guest (anonymous identity made on first visit) or a signed-in account. */
export interface Identity {
  userId: string;
  isGuest: boolean;
}

export interface Context {
  db: Database;
  identity: Identity | null;
  /** Correlates a user-visible error message with the server log line. */
  requestId: string;
  /** Used as the rate-limit key for anonymous endpoints. */
  clientIp: string | null;
  log: Logger;
  /** Counts scenario views by id; the app shares one buffered counter per process. */
  views: ViewCounter;
}

/** The testable part of the context: no HTTP, so router tests build it directly. */
export function createContextInner(options: {
  db: Database;
  identity?: Identity | null;
  requestId?: string;
  clientIp?: string | null;
  /** Defaults to writing every view at once. */
  views?: ViewCounter;
}): Context {
  const requestId = options.requestId ?? randomUUID();
  return {
    db: options.db,
    identity: options.identity ?? null,
    requestId,
    clientIp: options.clientIp ?? null,
    log: logger.child({ requestId }),
    views: options.views ?? scenarioViewsById(options.db, { flushEveryMs: 0 }),
  };
}
