import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createPrismaClient, type Database } from '@liqlab/db/client';
import { createTestDatabase, type TestDatabase } from '@liqlab/db/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const webDir = path.resolve(import.meta.dirname, '..');

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase({ target: 'embedded' });
  db = createPrismaClient(database.url, { maxConnections: 1 });
  for (const [id, email, isAnonymous] of [
    ['ada', 'ada@example.test', false],
    ['bob', 'bob@example.test', false],
    ['guest', 'guest-1@anonymous.invalid', true],
  ] as const) {
    await db.user.create({ data: { id, name: id, email, isAnonymous } });
  }
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.dispose();
});

/** `pnpm admin …` as an operator runs it, against the test database. */
function admin(...args: string[]) {
  const result = spawnSync(path.join(webDir, 'node_modules/.bin/tsx'), ['scripts/admin-cli.ts', ...args], {
    cwd: webDir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', DATABASE_URL: database.url },
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

const roleOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).role;

// Each run loads the script in tsx: seconds on a busy machine.
describe('pnpm admin', { timeout: 60_000 }, () => {
  it('grants the role by email (any case), says so, and is idempotent', async () => {
    const granted = admin('grant', 'Ada@Example.test');
    expect(granted).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('ada@example.test is now an administrator'),
    });
    expect(await roleOf('ada')).toBe('ADMIN');
    expect(await roleOf('bob')).toBe('USER');
    expect(admin('grant', 'ada@example.test')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('is an administrator already'),
    });
    expect(admin('list').stdout).toBe('ada@example.test');
  });

  it('revokes it', async () => {
    await db.user.update({ where: { id: 'bob' }, data: { role: 'ADMIN' } });
    expect(admin('revoke', 'bob@example.test')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('bob@example.test is no longer an administrator'),
    });
    expect(await roleOf('bob')).toBe('USER');
    expect(admin('revoke', 'bob@example.test').stdout).toContain('was not an administrator');
  });

  it('refuses unknown emails, guests and bad usage with a message and a non-zero exit', async () => {
    expect(admin('grant', 'nobody@example.test')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('No account has the email nobody@example.test'),
    });
    expect(admin('grant', 'guest-1@anonymous.invalid')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('guests cannot be administrators'),
    });
    expect(await roleOf('guest')).toBe('USER');
    for (const args of [
      [],
      ['grant'],
      ['grant', 'not-an-email'],
      ['promote', 'ada@example.test'],
      ['list', 'extra'],
    ]) {
      expect(admin(...args), args.join(' ')).toMatchObject({
        status: 2,
        stderr: expect.stringContaining('usage: admin'),
      });
    }
  });
});
