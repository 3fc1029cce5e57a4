import type { Database } from '@liqlab/db/client';
import type { Context } from '../context';
import { hitRateLimit } from '../rate-limit/rate-limiter';

/** A viewer adds one view to a scenario per period, however often they open it. */
export const VIEW_PERIOD_MS = 30 * 60_000;

/** Who is viewing: the session, else the client address; null when neither is known. */
export function viewerKeyOf(ctx: Pick<Context, 'identity' | 'clientIp'>): string | null {
  if (ctx.identity) return `user:${ctx.identity.userId}`;
  return ctx.clientIp === null ? null : `ip:${ctx.clientIp}`;
}

/**
 * Whether this is the viewer's first view of the scenario in the current period, kept in PostgreSQL
 * (one atomic upsert, the rate limiter's), so it holds across instances. A viewer who cannot be told
 * apart from others (no session, address unknown) is counted every time, as before.
 */
export async function isFirstViewInPeriod(
  db: Database,
  scenarioId: string,
  viewerKey: string | null,
): Promise<boolean> {
  if (viewerKey === null) return true;
  const state = await hitRateLimit(db, {
    key: `scenario-view:${scenarioId}:${viewerKey}`,
    limit: 1,
    windowMs: VIEW_PERIOD_MS,
  });
  return state.count === 1;
}
