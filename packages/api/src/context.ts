import { randomUUID } from 'node:crypto';
import type { Database } from '@liqlab/db/client';

export interface Context {
  db: Database;
  /** Correlates a user-visible error message with the server log line. */
  requestId: string;
}

/** The testable part of the context: no HTTP, so router tests build it directly. */
export function createContextInner(options: { db: Database; requestId?: string }): Context {
  return { db: options.db, requestId: options.requestId ?? randomUUID() };
}
