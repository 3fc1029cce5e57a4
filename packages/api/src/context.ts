import { randomUUID } from 'node:crypto';
import type { Database } from '@liqlab/db/client';
import { createLogger, type Logger } from './logger';
import { DEFAULT_REPORT_THRESHOLD } from './scenarios/scenario-moderation';
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
  /**
   * The request named a session that has ended (signed out, account deleted) though its signed copy
   * is still fresh: every procedure answers 401, so a replayed cookie reads and writes nothing.
   */
  sessionEnded: boolean;
  /** Correlates a user-visible error message with the server log line. */
  requestId: string;
  /** Used as the rate-limit key for anonymous endpoints. */
  clientIp: string | null;
  log: Logger;
  /** Counts scenario views by id; the app shares one buffered counter per process. */
  views: ViewCounter;
  /** Multiplies every rate limit (LIQLAB_RATE_LIMIT_SCALE; load tests only). */
  rateLimitScale: number;
  /** Open reports from distinct learners that send a public scenario to review (LIQLAB_REPORT_THRESHOLD). */
  reportThreshold: number;
}

/** Tests build contexts without a logger: unexpected errors reach them as errors, not log lines. */
const silentLogger = createLogger('silent');

/** The testable part of the context: no HTTP, so router tests build it directly. */
export function createContextInner(options: {
  db: Database;
  identity?: Identity | null;
  sessionEnded?: boolean;
  requestId?: string;
  clientIp?: string | null;
  /** Defaults to writing every view at once. */
  views?: ViewCounter;
  /** The app's logger (LOG_LEVEL); defaults to a silent one. */
  log?: Logger;
  /** Defaults to 1: the limits as written. */
  rateLimitScale?: number;
  /** Defaults to DEFAULT_REPORT_THRESHOLD. */
  reportThreshold?: number;
}): Context {
  const requestId = options.requestId ?? randomUUID();
  return {
    db: options.db,
    identity: options.identity ?? null,
    sessionEnded: options.sessionEnded ?? false,
    requestId,
    clientIp: options.clientIp ?? null,
    log: (options.log ?? silentLogger).child({ requestId }),
    views: options.views ?? scenarioViewsById(options.db, { flushEveryMs: 0 }),
    rateLimitScale: options.rateLimitScale ?? 1,
    reportThreshold: options.reportThreshold ?? DEFAULT_REPORT_THRESHOLD,
  };
}
