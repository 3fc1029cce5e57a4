import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { limitAuthRequest } from './auth-rate-limit';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const signIn = () => new Request('http://localhost:3000/api/auth/sign-in/email', { method: 'POST' });

describe('sign-in rate limit', () => {
  it('allows 10 attempts a minute per address, then answers 429 with Retry-After', async () => {
    const ip = `203.0.113.${randomUUID()}`;
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(await limitAuthRequest(db, signIn(), ip)).toBeNull();
    }
    const refused = await limitAuthRequest(db, signIn(), ip);
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused?.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // Another address is not affected.
    expect(await limitAuthRequest(db, signIn(), `${ip}-other`)).toBeNull();
  });

  it('holds across app instances: two clients of the same database share one budget', async () => {
    const second = createPrismaClient(injectTestDatabase().url, { maxConnections: 2 });
    try {
      const ip = `198.51.100.${randomUUID()}`;
      const results = await Promise.all(
        Array.from({ length: 14 }, (_, i) => limitAuthRequest(i % 2 ? db : second, signIn(), ip)),
      );
      expect(results.filter((r) => r === null)).toHaveLength(10);
      expect(results.filter((r) => r?.status === 429)).toHaveLength(4);
    } finally {
      await second.$disconnect();
    }
  });

  it('does not limit other auth endpoints or reads', async () => {
    const request = new Request('http://localhost:3000/api/auth/get-session', { method: 'GET' });
    expect(await limitAuthRequest(db, request, 'x')).toBeNull();
  });
});
