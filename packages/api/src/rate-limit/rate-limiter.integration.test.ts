import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error';
import { consumeRateLimit, pruneRateLimitBuckets } from './rate-limiter';

const url = injectTestDatabase().url;
const db = createPrismaClient(url);
// A second client stands in for a second app instance with its own connection pool.
const otherInstance = createPrismaClient(url);
afterAll(() => Promise.all([db.$disconnect(), otherInstance.$disconnect()]));

async function outcome(run: Promise<unknown>): Promise<'allowed' | ApiError> {
  try {
    await run;
    return 'allowed';
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

describe('consumeRateLimit', () => {
  it('allows `limit` hits per window, then refuses with the wait time', async () => {
    const rule = { key: `test:${randomUUID()}`, limit: 3, windowMs: 60_000, action: 'attempts' };
    for (let i = 1; i <= 3; i++) expect((await consumeRateLimit(db, rule)).remaining).toBe(3 - i);
    const refused = await outcome(consumeRateLimit(db, rule));
    expect(refused).toBeInstanceOf(ApiError);
    const error = refused as ApiError;
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.message).toMatch(/^Too many attempts; try again in \d+ s\.$/);
    expect(error.details?.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(error.details?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('holds across instances under concurrent hits: exactly `limit` pass', async () => {
    const rule = { key: `test:${randomUUID()}`, limit: 10, windowMs: 60_000 };
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => outcome(consumeRateLimit(i % 2 ? db : otherInstance, rule))),
    );
    expect(results.filter((r) => r === 'allowed')).toHaveLength(10);
    expect(results.filter((r) => r !== 'allowed').every((r) => (r as ApiError).code === 'RATE_LIMITED')).toBe(
      true,
    );
  });

  it('starts a fresh window once the old one has passed', async () => {
    const rule = { key: `test:${randomUUID()}`, limit: 1, windowMs: 300 };
    await consumeRateLimit(db, rule);
    expect(await outcome(consumeRateLimit(db, rule))).not.toBe('allowed');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await consumeRateLimit(db, rule)).count).toBe(1);
  });

  it('multiplies the limit by the scale the app passes (LIQLAB_RATE_LIMIT_SCALE)', async () => {
    const rule = { key: `test:${randomUUID()}`, limit: 2, windowMs: 60_000 };
    for (let i = 1; i <= 6; i++) expect((await consumeRateLimit(db, rule, 3)).remaining).toBe(6 - i);
    const refused = await outcome(consumeRateLimit(db, rule, 3));
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).details?.limit).toBe(6);
  });

  it('keeps keys apart', async () => {
    const a = { key: `test:${randomUUID()}`, limit: 1, windowMs: 60_000 };
    const b = { key: `test:${randomUUID()}`, limit: 1, windowMs: 60_000 };
    await consumeRateLimit(db, a);
    expect(await outcome(consumeRateLimit(db, b))).toBe('allowed');
  });

  it('prunes buckets whose window ended long ago', async () => {
    const key = `test:${randomUUID()}`;
    await consumeRateLimit(db, { key, limit: 1, windowMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await pruneRateLimitBuckets(db, 10);
    expect(await db.rateLimitBucket.findUnique({ where: { key } })).toBeNull();
  });

  it('refuses a nonsensical rule', async () => {
    await expect(consumeRateLimit(db, { key: 'k', limit: 0, windowMs: 1000 })).rejects.toThrow(RangeError);
  });
});
