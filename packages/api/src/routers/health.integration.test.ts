import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { createCaller } from '../root';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

describe('health router', () => {
  it('round-trips through the database', async () => {
    const caller = createCaller(createContextInner({ db }));
    const before = Date.now();
    const health = await caller.health.check();
    expect(health.status).toBe('ok');
    expect(health.appliedMigrations).toBeGreaterThanOrEqual(1);
    // The timestamp comes from PostgreSQL's clock, so it is close to (not equal to) ours.
    expect(Math.abs(Date.parse(health.serverTime) - before)).toBeLessThan(60_000);
  });
});
