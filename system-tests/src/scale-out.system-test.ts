// Two stateless app instances on one PostgreSQL (the "Deploy and scale out" setup): a session made on
// one is valid on the other, a scenario saved on one is updated on the other with optimistic versions,
// and the sign-in rate limit is one budget across both — nothing lives in either process's memory.
// Needs the production build (turbo runs @liqlab/web#build first). Ports: LIQLAB_CRASH_PORT + 1 and + 2.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@liqlab/db/client';
import { createTestDatabase, type TestDatabase } from '@liqlab/db/test-database';
import { validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type ProductionServer,
  productionBuildExists,
  startProductionServer,
  stopProductionServer,
} from './production-server';

const FIRST_PORT = inject('crashPort') + 1;
const CLIENT_IP = '203.0.113.77';

const root = mkdtempSync(path.join(tmpdir(), 'liqlab-scale-out-'));
let database: TestDatabase;
let a: ProductionServer;
let b: ProductionServer;

beforeAll(async () => {
  if (!productionBuildExists()) {
    throw new Error(
      'No production build in apps/web/.next: run `pnpm build` (turbo does it for `pnpm check`).',
    );
  }
  database = await createTestDatabase({ target: 'embedded' });
  const env = {
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: 'scale-out-test-secret-shared-by-every-instance',
    // Behind one trusted proxy, so both instances see the same client address.
    LIQLAB_TRUSTED_PROXY_HOPS: '1',
    // This test checks the warm-up itself (below), so these servers run it.
    LIQLAB_WARM_UP: 'on',
  };
  const started = await Promise.all(
    [0, 1].map((i) =>
      startProductionServer({ dataDir: path.join(root, `unused-${i}`), port: FIRST_PORT + i, env }),
    ),
  );
  a = started[0]!;
  b = started[1]!;
}, 300_000);

afterAll(async () => {
  for (const server of [a, b]) if (server) await stopProductionServer(server);
  await database?.dispose();
  rmSync(root, { recursive: true, force: true });
});

function headers(base: string, cookie?: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    origin: base,
    'x-forwarded-for': CLIENT_IP,
    ...(cookie ? { cookie } : {}),
  };
}

async function trpc(base: string, procedure: string, input: unknown, cookie: string, method: 'GET' | 'POST') {
  const url = new URL(`${base}/api/trpc/${procedure}`);
  if (method === 'GET' && input !== undefined) url.searchParams.set('input', JSON.stringify(input));
  const response = await fetch(url, {
    method,
    headers: headers(base, cookie),
    body: method === 'POST' ? JSON.stringify(input) : undefined,
  });
  return { status: response.status, body: (await response.json()) as { result?: { data: unknown } } };
}

describe('two app instances on one database', { timeout: 120_000 }, () => {
  it('share sessions, optimistic versions and rate limits', async () => {
    const email = `scale-${Date.now()}@example.test`;
    const signUp = await fetch(`${a.baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: headers(a.baseUrl),
      body: JSON.stringify({ email, password: 'two instances, one db', name: 'Scale' }),
    });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    // The session made by A is known to B.
    const me = await trpc(b.baseUrl, 'account.me', undefined, cookie, 'GET');
    expect(me.status).toBe(200);
    expect(me.body.result?.data).toMatchObject({ email, isGuest: false });

    // Saved on A, updated on B; the stale write on A is refused, never overwriting B's.
    const created = await trpc(a.baseUrl, 'scenario.create', validScenario(), cookie, 'POST');
    expect(created.status).toBe(200);
    const scenario = created.body.result?.data as { id: string; version: number };
    const onB = await trpc(
      b.baseUrl,
      'scenario.update',
      { id: scenario.id, version: 1, title: 'Edited on B' },
      cookie,
      'POST',
    );
    expect(onB.status).toBe(200);
    const stale = await trpc(
      a.baseUrl,
      'scenario.update',
      { id: scenario.id, version: 1, title: 'Stale on A' },
      cookie,
      'POST',
    );
    expect(stale.status).toBe(409);
    const read = await trpc(a.baseUrl, 'scenario.get', { idOrSlug: scenario.id }, cookie, 'GET');
    expect(read.body.result?.data).toMatchObject({ title: 'Edited on B', version: 2 });

    // Ten sign-in attempts a minute per address, counted across both instances (each on its own
    // account, so the per-account throttle stays out of the way).
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const server = attempt % 2 === 0 ? a : b;
      const response = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: headers(server.baseUrl),
        body: JSON.stringify({ email: `nobody-${attempt}-${email}`, password: 'wrong password' }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('each instance warms itself up, then reports ready, leaving nothing behind', async () => {
    for (const server of [a, b]) {
      let body: unknown;
      await expect
        .poll(
          async () => {
            const ready = await fetch(`${server.baseUrl}/api/ready`);
            body = await ready.json();
            return ready.status;
          },
          { timeout: 120_000 },
        )
        .toBe(200);
      expect(body).toEqual({ ready: true, warmedUp: true });
    }
    const db = createPrismaClient(database.url, { maxConnections: 1 });
    try {
      expect(await db.scenario.count({ where: { title: { startsWith: 'warm-up' } } })).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  it('the warm-up pass cannot be presented from outside: a guest with a made-up one keeps the write limit', async () => {
    const guest = await fetch(`${b.baseUrl}/api/auth/sign-in/anonymous`, {
      method: 'POST',
      headers: headers(b.baseUrl),
      body: '{}',
    });
    expect(guest.status).toBe(200);
    const cookie = guest.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const statuses: number[] = [];
    // 60 saves a minute per user; the warm-up's pass raises that only for the process's own secret.
    for (let i = 0; i < 61; i++) {
      const response = await fetch(`${b.baseUrl}/api/trpc/scenario.create`, {
        method: 'POST',
        headers: { ...headers(b.baseUrl, cookie), 'x-liqlab-warm-up-pass': 'A'.repeat(43) },
        body: JSON.stringify(validScenario({ title: `pass probe ${i}` })),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
  });

  it('a sign-out on one instance ends the session on both at once, signed copy or not', async () => {
    const email = `replay-${Date.now()}@example.test`;
    const signUp = await fetch(`${a.baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { ...headers(a.baseUrl), 'x-forwarded-for': '203.0.113.78' },
      body: JSON.stringify({ email, password: 'two instances, one db', name: 'Replay' }),
    });
    expect(signUp.status).toBe(200);
    // The saved cookies: the session token and its signed copy (fresh for minutes).
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(cookie).toContain('session_data=');
    const calls: [string, unknown, 'GET' | 'POST'][] = [
      ['account.me', undefined, 'GET'],
      ['account.exportData', undefined, 'GET'],
      ['scenario.listMine', {}, 'GET'],
      ['progress.dashboard', undefined, 'GET'],
      ['scenario.create', validScenario(), 'POST'],
    ];
    // Both instances know the session and have verified (and remembered) its copy.
    for (const server of [a, b]) {
      for (const [procedure, input, method] of calls.slice(0, 4)) {
        expect((await trpc(server.baseUrl, procedure, input, cookie, method)).status, procedure).toBe(200);
      }
    }

    const signOut = await fetch(`${a.baseUrl}/api/auth/sign-out`, {
      method: 'POST',
      headers: headers(a.baseUrl, cookie),
      body: '{}',
    });
    expect(signOut.status).toBe(200);

    // Replayed on either instance right away: refused everywhere, writes included.
    for (const server of [b, a]) {
      for (const [procedure, input, method] of calls) {
        const replay = await trpc(server.baseUrl, procedure, input, cookie, method);
        expect(replay.status, `${procedure} on ${server.baseUrl}`).toBe(401);
      }
      const session = await fetch(`${server.baseUrl}/api/auth/get-session`, {
        headers: headers(server.baseUrl, cookie),
      });
      expect(await session.json()).toBeNull();
    }
  });
});
