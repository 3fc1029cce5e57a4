import 'server-only';
import { createPrismaClient, type Database } from '@liqlab/db/client';
import { serverEnv } from '~/env';

// One pool per server process, created on first use (not at build time); kept on globalThis so
// hot reloads in development do not open a new pool each time.
const globalForDb = globalThis as unknown as { liqlabDb?: Database };

export function db(): Database {
  if (!globalForDb.liqlabDb) {
    const env = serverEnv();
    globalForDb.liqlabDb = createPrismaClient(env.DATABASE_URL, { maxConnections: env.DATABASE_POOL_SIZE });
  }
  return globalForDb.liqlabDb;
}
