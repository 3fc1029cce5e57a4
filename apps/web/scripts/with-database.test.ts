import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const webDir = path.resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'liqlab-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the start-up supervisor (`pnpm start` runs it around `next start`) around `node -e ''`. */
function start(env: Record<string, string>) {
  return spawnSync(
    path.join(webDir, 'node_modules/.bin/tsx'),
    ['scripts/with-database.ts', process.execPath, '-e', ''],
    {
      cwd: webDir,
      encoding: 'utf8',
      timeout: 60_000,
      // An external server from the test run's own environment must not count: only `env` does.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        DATABASE_URL: '',
        ...env,
      },
    },
  );
}

// Each run loads the supervisor's imports (seed data, engine) in tsx: seconds on a busy machine.
describe('start-up with a bad configuration', { timeout: 60_000 }, () => {
  it('stops before starting anything, naming each bad variable', () => {
    const dataDir = path.join(scratch, 'postgres');
    const result = start({
      LIQLAB_DATA_DIR: dataDir,
      LIQLAB_TRUSTED_PROXY_HOPS: 'two',
      LOG_LEVEL: 'loud',
    });
    expect(result.status).toBe(1);
    // One JSON line, like every line the server writes, naming each bad variable.
    const failure = JSON.parse(result.stderr.trim().split('\n').at(-1)!) as { level: number; msg: string };
    expect(failure.level).toBe(50);
    expect(failure.msg).toContain('start-up failed: Invalid configuration:');
    expect(failure.msg).toContain(
      'LIQLAB_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10. Got "two".',
    );
    expect(failure.msg).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.');
    // No embedded database was made.
    expect(existsSync(dataDir)).toBe(false);
    expect(result.stdout).not.toContain('Embedded PostgreSQL is running');
  });

  it('refuses an external database without the shared secret, and does not connect to it', () => {
    const result = start({ DATABASE_URL: 'postgresql://liqlab@127.0.0.1:1/liqlab' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('BETTER_AUTH_SECRET is not set. With DATABASE_URL');
    expect(result.stdout).not.toContain('Using the PostgreSQL server');
  });
});
