import { readiness } from '~/server/readiness';

export const dynamic = 'force-dynamic';

/**
 * Readiness for a load balancer: 503 while the instance warms up (server/warm-up.ts), 200 after.
 * Liveness is /api/trpc/health.check (it also reports the database).
 */
export function GET(): Response {
  const state = readiness();
  const headers = { 'cache-control': 'no-store' };
  if (state === 'warming') {
    return Response.json({ ready: false }, { status: 503, headers: { ...headers, 'retry-after': '1' } });
  }
  return Response.json({ ready: true, warmedUp: state === 'ready' }, { headers });
}
