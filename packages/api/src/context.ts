import { randomUUID } from 'node:crypto';
import type { Database } from '@liqlab/db/client';
import { type Logger, logger } from './logger';

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
}

/** The testable part of the context: no HTTP, so router tests build it directly. */
export function createContextInner(options: {
  db: Database;
  identity?: Identity | null;
  requestId?: string;
  clientIp?: string | null;
}): Context {
  const requestId = options.requestId ?? randomUUID();
  return {
    db: options.db,
    identity: options.identity ?? null,
    requestId,
    clientIp: options.clientIp ?? null,
    log: logger.child({ requestId }),
  };
}
