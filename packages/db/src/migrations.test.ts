import { describe, expect, it, vi } from 'vitest';
import { deployMigrations, isMigrationLockTimeout, PrismaCommandError, type runPrisma } from './migrations';

// What Prisma 6 prints when another process holds its migration lock for more than 10 s.
const LOCK_TIMEOUT_OUTPUT = [
  'Error: P1002',
  'The database server was reached but timed out.',
  'Context: Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(72707369)). Timeout: 10000ms.',
].join('\n');
const lockTimeout = () =>
  new PrismaCommandError('prisma migrate deploy failed (exit 1).', LOCK_TIMEOUT_OUTPUT);

/** A Prisma runner that fails with `failures` in turn, then succeeds. */
function runnerFailingWith(...failures: Error[]) {
  return vi.fn<typeof runPrisma>(async () => {
    const failure = failures.shift();
    if (failure) throw failure;
  });
}

describe('isMigrationLockTimeout', () => {
  it('recognises the lock wait running out, and nothing else', () => {
    expect(isMigrationLockTimeout(lockTimeout())).toBe(true);
    expect(
      isMigrationLockTimeout(
        new PrismaCommandError('failed', 'Error: P1001\nCan\u2019t reach database server'),
      ),
    ).toBe(false);
    expect(isMigrationLockTimeout(new Error(LOCK_TIMEOUT_OUTPUT))).toBe(false);
  });
});

describe('deployMigrations', () => {
  it('waits its turn when another instance holds the migration lock, then applies', async () => {
    const run = runnerFailingWith(lockTimeout(), lockTimeout());
    const onLockBusy = vi.fn();
    await deployMigrations('postgresql://db/liqlab', { quiet: true, run, onLockBusy });
    expect(run).toHaveBeenCalledTimes(3);
    expect(run).toHaveBeenLastCalledWith(['migrate', 'deploy'], 'postgresql://db/liqlab', { quiet: true });
    expect(onLockBusy.mock.calls).toEqual([[1], [2]]);
  });

  it('does not retry any other failure', async () => {
    const failedMigration = new PrismaCommandError('prisma migrate deploy failed (exit 1).', 'Error: P3009');
    const run = runnerFailingWith(failedMigration);
    await expect(deployMigrations('postgresql://db/liqlab', { run })).rejects.toBe(failedMigration);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('gives up with the lock error after its tries', async () => {
    const run = runnerFailingWith(lockTimeout(), lockTimeout(), lockTimeout(), lockTimeout());
    await expect(deployMigrations('postgresql://db/liqlab', { run, attempts: 3 })).rejects.toSatisfy(
      isMigrationLockTimeout,
    );
    expect(run).toHaveBeenCalledTimes(3);
  });
});
