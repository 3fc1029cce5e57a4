import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { type AuthAttempt, authAttemptOf, limitAuthRequest, settleAuthAttempt } from './auth-rate-limit';
import { FIRST_SIGN_IN_DELAY_SECONDS, FREE_SIGN_IN_ATTEMPTS, signInAccountKey } from './sign-in-throttle';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

function signIn(clientIp: string | null, email: string = `${randomUUID()}@example.test`): AuthAttempt {
  const request = new Request('http://localhost:3000/api/auth/sign-in/email', { method: 'POST' });
  return authAttemptOf(request, clientIp, { email, password: 'a guess' });
}

const statusOf = async (attempt: AuthAttempt) => (await limitAuthRequest(db, attempt))?.status ?? 'passed';

describe('sign-in limits per client address (when the address is known)', () => {
  it('allows 10 attempts a minute per address, then answers 429 with Retry-After', async () => {
    const ip = `203.0.113.${randomUUID()}`;
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(await limitAuthRequest(db, signIn(ip))).toBeNull();
    }
    const refused = await limitAuthRequest(db, signIn(ip));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused?.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // Another address is not affected.
    expect(await limitAuthRequest(db, signIn(`${ip}-other`))).toBeNull();
  });

  it('holds across app instances: two clients of the same database share one budget', async () => {
    const second = createPrismaClient(injectTestDatabase().url, { maxConnections: 2 });
    try {
      const ip = `198.51.100.${randomUUID()}`;
      const results = await Promise.all(
        Array.from({ length: 14 }, (_, i) => limitAuthRequest(i % 2 ? db : second, signIn(ip))),
      );
      expect(results.filter((r) => r === null)).toHaveLength(10);
      expect(results.filter((r) => r?.status === 429)).toHaveLength(4);
    } finally {
      await second.$disconnect();
    }
  });

  it('does not limit other auth endpoints or reads', async () => {
    const request = new Request('http://localhost:3000/api/auth/get-session', { method: 'GET' });
    expect(await limitAuthRequest(db, authAttemptOf(request, 'x', null))).toBeNull();
  });
});

describe('with no known client address', () => {
  it('100 failed sign-ins on other accounts leave a different account free to sign in', async () => {
    for (let i = 0; i < 100; i++) expect(await statusOf(signIn(null))).toBe('passed');
    expect(await statusOf(signIn(null, `someone-${randomUUID()}@example.test`))).toBe('passed');
  });

  it('sign-ups and guest sessions share no bucket between callers', async () => {
    for (const path of ['/sign-up/email', '/sign-in/anonymous']) {
      const request = new Request(`http://localhost:3000/api/auth${path}`, { method: 'POST' });
      for (let i = 0; i < 40; i++) {
        expect(await limitAuthRequest(db, authAttemptOf(request, null, { email: `${i}@x.test` }))).toBeNull();
      }
    }
  });
});

describe('sign-in limits per account', () => {
  it('lets the free attempts through, then refuses with a wait that grows', async () => {
    const email = `target-${randomUUID()}@example.test`;
    for (let i = 0; i < FREE_SIGN_IN_ATTEMPTS; i++)
      expect(await statusOf(signIn(null, email))).toBe('passed');
    const refused = await limitAuthRequest(db, signIn(null, email));
    expect(refused?.status).toBe(429);
    expect(await refused?.json()).toMatchObject({ code: 'RATE_LIMITED' });
    const retryAfter = Number(refused?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(FIRST_SIGN_IN_DELAY_SECONDS - 5);
    expect(retryAfter).toBeLessThanOrEqual(FIRST_SIGN_IN_DELAY_SECONDS);
    // Another address, the same account: the account's wait holds for every caller.
    expect(await statusOf(signIn(`192.0.2.${randomUUID()}`, email))).toBe(429);
  });

  it('matches the account however its email is written', async () => {
    const email = `Case-${randomUUID()}@Example.test`;
    for (let i = 0; i < FREE_SIGN_IN_ATTEMPTS; i++) await limitAuthRequest(db, signIn(null, email));
    expect(await statusOf(signIn(null, ` ${email.toLowerCase()} `))).toBe(429);
  });

  it('a parallel burst of guesses is held to the free attempts', async () => {
    const email = `burst-${randomUUID()}@example.test`;
    const statuses = await Promise.all(Array.from({ length: 30 }, () => statusOf(signIn(null, email))));
    expect(statuses.filter((s) => s === 'passed')).toHaveLength(FREE_SIGN_IN_ATTEMPTS);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - FREE_SIGN_IN_ATTEMPTS);
  });

  it('each admitted attempt past the free ones doubles the wait before the next', async () => {
    const email = `doubling-${randomUUID()}@example.test`;
    for (let i = 0; i < FREE_SIGN_IN_ATTEMPTS; i++) await limitAuthRequest(db, signIn(null, email));
    const waits: number[] = [];
    for (let extra = 0; extra < 3; extra++) {
      const refused = await limitAuthRequest(db, signIn(null, email));
      waits.push(Number(refused?.headers.get('retry-after')));
      // Pretend the wait has passed: move the last admitted attempt back by exactly that wait.
      await db.$executeRaw`UPDATE rate_limit_bucket
        SET "windowStart" = "windowStart" - make_interval(secs => ${waits[extra]}::float8)
        WHERE key = ${signInAccountKey(email)}`;
      expect(await statusOf(signIn(null, email))).toBe('passed');
    }
    // Seconds left of each wait, asked right after the attempt that set it: 15, 30, 60 (less a moment).
    const expected = [1, 2, 4].map((x) => x * FIRST_SIGN_IN_DELAY_SECONDS);
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThan(expected[i]! - 5);
      expect(wait).toBeLessThanOrEqual(expected[i]!);
    });
  });

  it('a successful sign-in frees the account again', async () => {
    const email = `legit-${randomUUID()}@example.test`;
    for (let i = 0; i < FREE_SIGN_IN_ATTEMPTS - 1; i++) await limitAuthRequest(db, signIn(null, email));
    const right = signIn(null, email);
    expect(await limitAuthRequest(db, right)).toBeNull();
    await settleAuthAttempt(db, right, 200);
    for (let i = 0; i < FREE_SIGN_IN_ATTEMPTS; i++)
      expect(await statusOf(signIn(null, email))).toBe('passed');
  });
});
