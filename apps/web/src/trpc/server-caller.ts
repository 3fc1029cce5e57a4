import 'server-only';
import { createContextInner } from '@liqlab/api/context';
import { createCaller } from '@liqlab/api/root';
import { headers } from 'next/headers';
import { serverEnv } from '~/env';
import { identityFrom } from '~/server/auth';
import { db } from '~/server/db';
import { logger } from '~/server/logger';
import { clientIpOf, requestIdOf } from '~/server/request-meta';
import { scenarioViewCounter } from '~/server/view-counters';

/**
 * tRPC procedures called in-process from server components: the same procedures, rules and DTOs as
 * over HTTP, with the viewer's identity from the session cookie, without a network round trip.
 */
export async function serverCaller() {
  const requestHeaders = await headers();
  return createCaller(
    createContextInner({
      db: db(),
      identity: await identityFrom(requestHeaders),
      requestId: requestIdOf(requestHeaders),
      clientIp: clientIpOf(requestHeaders),
      views: scenarioViewCounter(),
      log: logger(),
      rateLimitScale: serverEnv().LIQLAB_RATE_LIMIT_SCALE,
      reportThreshold: serverEnv().LIQLAB_REPORT_THRESHOLD,
    }),
  );
}
