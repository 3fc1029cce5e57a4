import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';

export type { Prisma } from '../generated/prisma/client';
export { PrismaClient };
export type Database = PrismaClient;

// The pool rides on the client under a registry-wide symbol, not in a module-level map: Next bundles
// this module once per server layer (route handlers, server rendering), and a client created by one
// copy is used by another — a map in one copy cannot see the other's clients (a shared page's session
// check failed that way).
const POOL = Symbol.for('@liqlab/db/pool');
type PooledClient = PrismaClient & { [POOL]?: pg.Pool };

/**
 * A Prisma client over node-postgres. The pool is shared with `runPrepared` and closed by
 * `$disconnect()`; call it on shutdown. Idle pooled connections do not keep the process alive.
 */
export function createPrismaClient(
  databaseUrl: string,
  options: { maxConnections?: number } = {},
): PrismaClient {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    allowExitOnIdle: true,
  });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // The adapter takes a pool only if it is an instance of its own copy of pg; otherwise it would
  // silently open a second pool from the first one's options.
  if ((adapter as unknown as { externalPool: unknown }).externalPool !== pool) {
    throw new Error('@prisma/adapter-pg and @liqlab/db resolve different copies of pg.');
  }
  const client: PooledClient = new PrismaClient({ adapter });
  Object.defineProperty(client, POOL, { value: pool, enumerable: false });
  return client;
}

/** A statement PostgreSQL parses and plans once per connection, then reuses by name. */
export interface PreparedStatement {
  /** Unique per statement text. */
  name: string;
  text: string;
}

/**
 * Runs one statement on the client's own pool, past Prisma: for the few statements on the hottest
 * paths, where Prisma 6 compiles a query plan for every call (its Wasm query compiler keeps no
 * cache) and costs ≈ 0.6–1.4 ms of CPU more than node-postgres (BENCHMARKS.md). Rows come back as
 * node-postgres parses them: numeric as exact strings, jsonb as values, int4 as numbers; select
 * `timestamp` columns as text (node-postgres would read them in the process's local time zone).
 * Not for use inside a Prisma transaction: the statement runs on its own connection.
 */
export async function runPrepared<Row>(
  db: Database,
  statement: PreparedStatement,
  values: unknown[],
): Promise<Row[]> {
  const pool = (db as PooledClient)[POOL];
  // A transaction client reads its parent's properties through, pool included, but has no
  // $transaction of its own; its statements must not run on another connection.
  if (!pool || typeof (db as Partial<PrismaClient>).$transaction !== 'function')
    throw new Error('runPrepared needs a client made by createPrismaClient (not a transaction).');
  const result = await pool.query({ name: statement.name, text: statement.text, values });
  return result.rows as Row[];
}
