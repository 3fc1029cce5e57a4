// Crash safety of scenario saves, end to end: the production server (`next start` under
// with-database.ts, embedded PostgreSQL in a temp directory) takes a burst of concurrent saves over
// HTTP, is killed with SIGKILL mid-burst (supervisor and Next; PostgreSQL is orphaned), restarts on the
// same data, and must still hold every save it acknowledged, exactly, and no half-written scenario.
// Needs the production build (turbo runs @liqlab/web#build first). Port: LIQLAB_CRASH_PORT (3410).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@liqlab/db/client';
import { waitForProcessesToEnd } from '@liqlab/db/process-liveness';
import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  crashServer,
  embeddedDatabaseUrl,
  type ProductionServer,
  productionBuildExists,
  startProductionServer,
  stopLeftoverPostgres,
  stopProductionServer,
} from './production-server';

const PORT = inject('crashPort');
const GUESTS = 8;
const CONCURRENCY = 16;
/** Crash once this many saves were acknowledged (with more in flight) … */
const CRASH_AFTER_ACKS = 60;
/** … and never send more than this many (8 guests × 60 writes a minute stay under the rate limit). */
const MAX_SAVES = 400;

const root = mkdtempSync(path.join(tmpdir(), 'liqlab-crash-'));
const dataDir = path.join(root, 'postgres');
const servers: ProductionServer[] = [];

afterAll(async () => {
  for (const server of servers) await stopProductionServer(server);
  stopLeftoverPostgres(dataDir);
  rmSync(root, { recursive: true, force: true });
});

interface Guest {
  cookie: string;
}

function headers(base: string, guest?: Guest): Record<string, string> {
  return {
    'content-type': 'application/json',
    origin: base,
    ...(guest ? { cookie: guest.cookie } : {}),
  };
}

async function signInGuest(base: string): Promise<Guest> {
  const response = await fetch(`${base}/api/auth/sign-in/anonymous`, {
    method: 'POST',
    headers: headers(base),
    body: '{}',
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  expect(cookie).toContain('session_token');
  return { cookie };
}

/** Decimal fields with 18 decimals, distinct per save: any rounding or mix-up shows. */
function scenarioFor(index: number) {
  const base = validScenario();
  return {
    ...base,
    title: `crash save #${index}`,
    position: {
      ...base.position,
      entryPrice: `${60000 + index}.123456789012345678`,
      size: { unit: 'quantity' as const, quantity: `1.${String(index).padStart(18, '0')}` },
      margin: `6000.00000000000000000${index % 10}`,
    },
  };
}

type Saved = { id: string; guest: number; index: number };

describe('crash safety: kill -9 mid-burst, restart, every acknowledged save intact', () => {
  it('keeps every acknowledged save and no half-written one', { timeout: 600_000 }, async () => {
    if (!productionBuildExists()) {
      throw new Error(
        'No production build in apps/web/.next: run `pnpm build` (turbo does it for `pnpm check`).',
      );
    }
    const first = await startProductionServer({ dataDir, port: PORT });
    servers.push(first);
    const base = first.baseUrl;
    const guests: Guest[] = [];
    for (let i = 0; i < GUESTS; i++) guests.push(await signInGuest(base));

    const acknowledged: Saved[] = [];
    let sent = 0;
    let failed = 0;
    let crashed = false;
    let killed: number[] = [];
    const worker = async () => {
      while (!crashed && sent < MAX_SAVES) {
        const index = sent++;
        const guest = index % GUESTS;
        try {
          const response = await fetch(`${base}/api/trpc/scenario.create`, {
            method: 'POST',
            headers: headers(base, guests[guest]),
            body: JSON.stringify(scenarioFor(index)),
            signal: AbortSignal.timeout(30_000),
          });
          const body = (await response.json()) as { result?: { data?: { id?: string } } };
          if (response.status === 200 && body.result?.data?.id) {
            acknowledged.push({ id: body.result.data.id, guest, index });
          } else {
            failed++;
          }
        } catch {
          failed++; // the connection died with the server: not acknowledged
        }
        if (!crashed && acknowledged.length >= CRASH_AFTER_ACKS) {
          crashed = true;
          killed = crashServer(first);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(crashed, `only ${acknowledged.length} saves acknowledged, ${failed} failed`).toBe(true);
    expect(killed.length).toBeGreaterThanOrEqual(2); // the supervisor and Next, at least
    const inFlightAtCrash = sent - acknowledged.length - failed;
    console.log(
      `crash test: ${sent} saves sent, ${acknowledged.length} acknowledged before the kill, ${failed} failed ` +
        `(cut off by the crash), ${inFlightAtCrash} unresolved; killed pids ${killed.join(', ')}`,
    );

    await waitForProcessesToEnd(killed); // a restart before that would find the lock's owner alive
    const second = await startProductionServer({ dataDir, port: PORT });
    servers.push(second);

    // What the user sees: every acknowledged save, through the API, exactly as sent.
    for (const saved of acknowledged) {
      const input = encodeURIComponent(JSON.stringify({ idOrSlug: saved.id }));
      const response = await fetch(`${base}/api/trpc/scenario.get?input=${input}`, {
        headers: headers(base, guests[saved.guest]),
      });
      expect(response.status, `acknowledged save ${saved.id} after the restart`).toBe(200);
      const dto = ((await response.json()) as { result: { data: Record<string, unknown> } }).result.data;
      const sentScenario = scenarioFor(saved.index);
      expect(dto.title).toBe(sentScenario.title);
      expect(dto.version).toBe(1);
      expect(dto.entryPrice).toBe(sentScenario.position.entryPrice);
      expect(dto.position).toMatchObject({
        entryPrice: sentScenario.position.entryPrice,
        size: sentScenario.position.size,
        margin: sentScenario.position.margin,
        leverage: sentScenario.position.leverage,
      });
      expect(dto.path).toEqual(sentScenario.path);
    }

    // What the database holds: every row (acknowledged or cut off) whole and valid.
    const db = createPrismaClient(embeddedDatabaseUrl(dataDir), { maxConnections: 1 });
    try {
      const rows = await db.scenario.findMany({
        where: { curated: false },
        select: {
          id: true,
          title: true,
          notes: true,
          position: true,
          path: true,
          version: true,
          entryPrice: true,
        },
      });
      expect(rows.length).toBeGreaterThanOrEqual(acknowledged.length);
      for (const row of rows) {
        const parsed = scenarioInputSchema.safeParse({
          title: row.title,
          notes: row.notes,
          position: row.position,
          path: row.path,
        });
        expect(parsed.success, `row ${row.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        expect(row.version).toBe(1);
        expect(row.entryPrice.toFixed()).toBe((row.position as { entryPrice: string }).entryPrice);
      }
      console.log(`crash test: ${rows.length} scenario rows after the restart, all valid`);
    } finally {
      await db.$disconnect();
    }
  });
});
