/**
 * `pnpm loadtest`: the production server (`next start`, embedded PostgreSQL in a temp directory, port
 * LOADTEST_PORT or 3420, 127.0.0.1 only) under three loads, one after another:
 *   save   — scenario saves at 200 req/s (open loop): 10 s warm-up reported apart, then 30 s measured:
 *            p50/p95/p99 latency and errors
 *   shared — shared-scenario pages at full speed for 20 s each (autocannon): req/s and errors of a
 *            public one from the instance, the same through a caching proxy standing in for the CDN
 *            (caching-proxy.mjs), and an unlisted one (never cacheable) from the instance
 *   mixed  — 200 virtual users reading a lesson, answering a quiz question and saving a scenario, for
 *            LOADTEST_MIXED_SECONDS (60): errors and the server's memory at start and end
 * Select with `pnpm loadtest -- save shared`. The server runs with LIQLAB_RATE_LIMIT_SCALE
 * (LOADTEST_RATE_LIMIT_SCALE, default 1000): the per-user and per-address limits exist to stop one
 * person or script, and this script is one script speaking for hundreds of users from one address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  productionBuildExists,
  serverMemory,
  startProductionServer,
  stopProductionServer,
} from '@liqlab/system-tests/production-server';
import { isReady, mutation, page, scenarioInput, signInGuest } from './http-client';
import { startCachingProxy } from './runs/caching-proxy';
import { mixedUsers } from './runs/mixed-users';
import { saveAtRate } from './runs/save-at-rate';
import { sharedPageThroughput } from './runs/shared-page-throughput';

const RUNS = ['save', 'shared', 'mixed'] as const;
/** A curated scenario the server seeds at start: public, so its page is the one a CDN may keep. */
const PUBLIC_SHARED_PAGE = 'preset-long-10x-slow-bleed';
type Run = (typeof RUNS)[number];

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive whole number, got "${raw}".`);
  return value;
}

async function main(): Promise<void> {
  const selected = process.argv.slice(2).filter((arg) => arg !== '--');
  for (const run of selected) {
    if (!(RUNS as readonly string[]).includes(run))
      throw new Error(`unknown run "${run}"; choose from ${RUNS.join(', ')}`);
  }
  const runs: readonly Run[] = selected.length > 0 ? (selected as Run[]) : RUNS;
  const port = positiveInt('LOADTEST_PORT', 3420);
  const rateLimitScale = positiveInt('LOADTEST_RATE_LIMIT_SCALE', 1000);
  const root = mkdtempSync(path.join(tmpdir(), 'liqlab-loadtest-'));
  const report: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    node: process.version,
    rateLimitScale,
  };
  console.log(`[loadtest] starting the production server on 127.0.0.1:${port} (data in ${root}) …`);
  if (!productionBuildExists())
    throw new Error('No production build in apps/web/.next: run `pnpm build` first.');
  let server: Awaited<ReturnType<typeof startProductionServer>>;
  try {
    server = await startProductionServer({
      dataDir: path.join(root, 'postgres'),
      port,
      env: { LIQLAB_RATE_LIMIT_SCALE: String(rateLimitScale), LIQLAB_WARM_UP: 'on' },
    });
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const { baseUrl } = server;
  try {
    // A new instance takes traffic once /api/ready says so (it warms itself up first): so does this.
    report.readyAfterMs = await untilReady(baseUrl);
    const sessions = await Promise.all(Array.from({ length: 20 }, () => signInGuest(baseUrl)));
    report.memoryAfterWarmUp = serverMemory(server);

    if (runs.includes('save')) {
      // The first 10 s after the instance reported ready are what a load balancer sends it at once:
      // reported apart (budget p95 < 100 ms), then the steady state over the next 30 s.
      console.log('[loadtest] save: 200 req/s for the first 10 s after ready (reported apart), then 30 s …');
      report.saveFirst10s = await saveAtRate({ baseUrl, sessions, ratePerSecond: 200, durationSeconds: 10 });
      report.save = await saveAtRate({ baseUrl, sessions, ratePerSecond: 200, durationSeconds: 30 });
      console.log({ first10s: report.saveFirst10s, steady: report.save });
    }
    if (runs.includes('shared')) {
      const unlisted = await mutation<{ slug: string }>(
        baseUrl,
        sessions[0]!,
        'scenario.create',
        scenarioInput('shared under load'),
      );
      const pages = { public: `/s/${PUBLIC_SHARED_PAGE}`, unlisted: `/s/${unlisted.slug}` };
      for (const pathname of Object.values(pages))
        for (let i = 0; i < 20; i++) await page(baseUrl, undefined, pathname);
      const throughput = (url: string) => sharedPageThroughput({ url, connections: 50, durationSeconds: 20 });
      console.log(`[loadtest] shared: ${pages.public} (public) from the instance, 20 s, 50 connections …`);
      const publicFromInstance = await throughput(`${baseUrl}${pages.public}`);
      console.log(publicFromInstance);
      const proxy = await startCachingProxy(baseUrl, port + 1);
      let throughProxy: Awaited<ReturnType<typeof throughput>> & { proxy?: unknown };
      try {
        console.log(`[loadtest] shared: ${pages.public} through the caching proxy (the CDN stand-in) …`);
        throughProxy = { ...(await throughput(`${proxy.url}${pages.public}`)), proxy: await proxy.stats() };
      } finally {
        proxy.stop();
      }
      console.log(throughProxy);
      console.log(`[loadtest] shared: ${pages.unlisted} (unlisted: never cacheable) from the instance …`);
      const unlistedFromInstance = await throughput(`${baseUrl}${pages.unlisted}`);
      console.log(unlistedFromInstance);
      report.shared = { publicFromInstance, publicThroughCachingProxy: throughProxy, unlistedFromInstance };
    }
    if (runs.includes('mixed')) {
      const durationSeconds = positiveInt('LOADTEST_MIXED_SECONDS', 60);
      const thinkTimeMs = positiveInt('LOADTEST_THINK_MS', 1000);
      console.log(`[loadtest] mixed: 200 users for ${durationSeconds} s (think time ${thinkTimeMs} ms) …`);
      report.mixed = await mixedUsers({
        baseUrl,
        users: 200,
        durationSeconds,
        thinkTimeMs,
        memory: () => serverMemory(server),
      });
      console.log(report.mixed);
    }
    report.finishedAt = new Date().toISOString();
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await stopProductionServer(server);
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('[loadtest] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});

/** Polls /api/ready until it answers 200; the time it took from the first poll. */
async function untilReady(baseUrl: string): Promise<number> {
  const startedAt = Date.now();
  for (;;) {
    if (await isReady(baseUrl)) return Date.now() - startedAt;
    if (Date.now() - startedAt > 180_000) throw new Error('the server did not report ready within 3 min');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
