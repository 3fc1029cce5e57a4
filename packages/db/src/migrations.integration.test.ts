import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { deployMigrations } from './migrations';
import { injectTestDatabase } from './testing/inject-test-database';

// The advisory lock key Prisma Migrate takes around `migrate deploy` (its documented constant).
const PRISMA_MIGRATE_LOCK = 72707369;

const database = injectTestDatabase();
const clients: pg.Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.end()));
});

describe(`deployMigrations while another instance migrates (${database.target})`, () => {
  it('outlasts a lock held longer than Prisma waits, and applies once it is free', async () => {
    // Stands in for a second instance starting at the same time and holding the lock.
    const other = new pg.Client({ connectionString: database.url });
    clients.push(other);
    await other.connect();
    await other.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);

    const busy: number[] = [];
    await deployMigrations(database.url, {
      quiet: true,
      onLockBusy: (attempt) => {
        busy.push(attempt);
        // Prisma gave up waiting once: the other instance finishes now.
        void other.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]);
      },
    });

    expect(busy).toEqual([1]);
    const check = new pg.Client({ connectionString: database.url });
    clients.push(check);
    await check.connect();
    const { rows } = await check.query(
      'SELECT count(*)::int AS pending FROM _prisma_migrations WHERE finished_at IS NULL',
    );
    expect(rows[0].pending).toBe(0);
    // Prisma's own 10 s lock wait, a pause and a second `migrate deploy` on the Wasm engines: about
    // 22 s on a quiet machine, past 60 s on a loaded one. A correctness test, not a timing.
  }, 180_000);
});
