import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedServer } from './embedded-server';
import { deployMigrations } from './migrations';

export type TestDatabaseTarget = 'embedded' | 'external';

/** Where a test database is made: a throw-away embedded server, or a server the caller names. */
export type TestDatabaseOptions = { target: 'embedded' } | { target: 'external'; serverUrl: string };

export interface TestDatabase {
  url: string;
  target: TestDatabaseTarget;
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database for one test run.
 * - embedded: a throw-away embedded PostgreSQL in a temporary directory;
 * - external: a new database `liqlab_test_<random>` on the server at `serverUrl` (the role needs
 *   CREATEDB), dropped afterwards.
 */
export async function createTestDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  return options.target === 'embedded'
    ? createEmbeddedTestDatabase()
    : createExternalTestDatabase(options.serverUrl);
}

async function createEmbeddedTestDatabase(): Promise<TestDatabase> {
  const root = mkdtempSync(path.join(tmpdir(), 'liqlab-test-'));
  const server = await startEmbeddedServer({ dataDir: path.join(root, 'postgres'), preferredPort: 0 });
  try {
    await deployMigrations(server.url, { quiet: true });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: server.url,
    target: 'embedded',
    async dispose() {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function createExternalTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `liqlab_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await deployMigrations(url.toString(), { quiet: true });
  return {
    url: url.toString(),
    target: 'external',
    async dispose() {
      await withAdminClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

async function withAdminClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
