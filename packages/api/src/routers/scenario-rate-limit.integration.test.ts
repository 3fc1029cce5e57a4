import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIO_WRITES_PER_MINUTE } from '../rate-limit/call-limits';
import { newUser, rejectionOf } from './scenario-test-helpers';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

describe('scenario router: rate limit', () => {
  it(`allows ${SCENARIO_WRITES_PER_MINUTE} writes a minute per user, then TOO_MANY_REQUESTS`, async () => {
    const a = await newUser(db);
    const b = await newUser(db);
    // Deletes of unknown ids are the cheapest writes; they count like any other.
    for (let i = 0; i < SCENARIO_WRITES_PER_MINUTE; i++) {
      expect((await rejectionOf(a.caller.scenario.delete({ id: randomUUID() }))).code).toBe('NOT_FOUND');
    }
    const limited = await rejectionOf(a.caller.scenario.delete({ id: randomUUID() }));
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.cause).toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    // Another user is unaffected; reads are not limited.
    expect((await rejectionOf(b.caller.scenario.delete({ id: randomUUID() }))).code).toBe('NOT_FOUND');
    expect((await a.caller.scenario.listMine()).items).toEqual([]);
  });
});
