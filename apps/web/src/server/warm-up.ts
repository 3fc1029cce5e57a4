import { defaultScenarioSaved } from '@liqlab/scenario/default-scenario';
import { LoopbackClient } from './loopback-client';
import { WARM_UP_PASS_HEADER } from './warm-up-pass';

/**
 * What a freshly started instance runs before it reports ready (readiness.ts): the requests its first
 * users will send, over loopback, so Next has loaded every route module, the connection pool is
 * full, the prepared statements exist, and V8 has compiled the save path — a new instance behind a
 * load balancer otherwise answers its first seconds of traffic while still interpreting that code.
 */

/** Guests making the warm-up saves (far below the 30 guest sessions a minute one address may open). */
const GUESTS = 8;
/**
 * 2,400 saves (and as many reads): measured 2026-12-05 at 200 saves/s on a fresh instance, p95 over
 * the first 10 s after ready was 3.1–3.7 s after 320 warm-up saves, 204 ms after 640 and 23 ms after
 * 2,320 — V8 optimises the save path only after a few thousand runs. Takes ≈ 10–15 s on 2 cores.
 * Measured with a 288-step path; the saves now send the sandbox's default (1,440 steps, each
 * replayed at the save), so re-measure the count and the duration before trusting these figures.
 * The per-user write limit (60 a minute) is raised for these requests by the warm-up pass.
 */
const SAVES_PER_GUEST = 300;
/** Saves in flight at once: enough to open the pool's connections. */
const CONCURRENCY = 8;
/** Pages (and the shared-page cache) the first visitors open. */
const PAGES = ['/', '/learn', '/learn/leverage-and-margin', '/sandbox', '/s/preset-long-10x-slow-bleed'];

/**
 * The sandbox's default scenario as a browser saves it (with its idempotency key). Private and
 * unlisted alternate, since an unlisted save also draws a slug; never public, so no other instance's
 * gallery shows a warm-up scenario.
 */
function warmUpScenario(index: number, run: string) {
  return {
    ...defaultScenarioSaved(`warm-up ${index}`, `warm-up ${index}`),
    notes: 'instance warm-up',
    visibility: index % 2 === 0 ? 'PRIVATE' : 'UNLISTED',
    clientKey: `warm-up-${run}-${index}`,
  };
}

export interface WarmUpTarget {
  /** Where this server answers over loopback. */
  internalOrigin: string;
  /** The public origin, sent as Origin so the same-origin checks pass as for a browser. */
  publicOrigin: string;
  /** The warm-up pass (warm-up-pass.ts) that raises the per-user limits for these requests. */
  pass: string;
}

/** One request of the warm-up; throws unless it answers 2xx. */
async function call(
  client: LoopbackClient,
  target: WarmUpTarget,
  path: string,
  init: { method?: 'GET' | 'POST'; body?: string; cookie?: string; accept?: string } = {},
) {
  const answer = await client.request(path, {
    method: init.method,
    body: init.body,
    headers: {
      'content-type': 'application/json',
      origin: target.publicOrigin,
      [WARM_UP_PASS_HEADER]: target.pass,
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.accept ? { accept: init.accept } : {}),
    },
    timeoutMs: 30_000,
  });
  if (answer.status < 200 || answer.status > 299)
    throw new Error(`warm-up: ${path} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
  return answer;
}

/** Waits until the server answers at all (it is started before it listens). */
async function untilListening(
  client: LoopbackClient,
  target: WarmUpTarget,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await call(client, target, '/api/trpc/health.check');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function guestSession(client: LoopbackClient, target: WarmUpTarget): Promise<string> {
  const { setCookies } = await call(client, target, '/api/auth/sign-in/anonymous', {
    method: 'POST',
    body: '{}',
  });
  return setCookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

/** Runs the warm-up; resolves when it is done, rejects with the first request that failed. */
export async function warmUp(target: WarmUpTarget): Promise<void> {
  const client = new LoopbackClient(target.internalOrigin);
  try {
    await warmUpWith(client, target);
  } finally {
    client.close();
  }
}

async function warmUpWith(client: LoopbackClient, target: WarmUpTarget): Promise<void> {
  await untilListening(client, target, 120_000);
  const guests = await Promise.all(Array.from({ length: GUESTS }, () => guestSession(client, target)));
  const saves = Array.from({ length: GUESTS * SAVES_PER_GUEST }, (_, i) => i);
  const run = Date.now().toString(36);
  const worker = async () => {
    for (let i = saves.shift(); i !== undefined; i = saves.shift()) {
      const cookie = guests[i % GUESTS] as string;
      const { text } = await call(client, target, '/api/trpc/scenario.create', {
        method: 'POST',
        cookie,
        body: JSON.stringify(warmUpScenario(i, run)),
      });
      const { id } = (JSON.parse(text) as { result: { data: { id: string } } }).result.data;
      await call(
        client,
        target,
        `/api/trpc/scenario.get?input=${encodeURIComponent(JSON.stringify({ idOrSlug: id }))}`,
        { cookie },
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  for (const path of PAGES) await call(client, target, path, { accept: 'text/html' });
  // The warm-up leaves nothing behind: deleting a guest deletes its scenarios.
  for (const cookie of guests)
    await call(client, target, '/api/trpc/account.delete', { method: 'POST', cookie, body: '{}' });
}
