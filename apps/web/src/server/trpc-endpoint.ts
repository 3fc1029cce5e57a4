import 'server-only';
import { createContextInner } from '@liqlab/api/context';
import { appRouter } from '@liqlab/api/root';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { requestEnv, serverEnv } from '~/env';
import { callerSession } from '~/server/auth';
import { allowedOriginsFor, crossSiteRefusalOf } from '~/server/cross-site-request';
import { db } from '~/server/db';
import { logger } from '~/server/logger';
import { clientIpOf } from '~/server/request-meta';
import { scenarioViewCounter } from '~/server/view-counters';
import { carriesWarmUpPass, WARM_UP_RATE_LIMIT_SCALE } from '~/server/warm-up-pass';
import { MAX_BATCH_SIZE } from '~/trpc/max-batch-size';

/** Large enough for a scenario with a 100,000-tick uploaded path; reading stops past it (413). */
export const MAX_TRPC_BODY_BYTES = 5 * 1024 * 1024;

/** The shape tRPC gives its own errors, so the client reads a refusal like any other error. */
function refusal(status: number, code: string, appCode: string, message: string, requestId: string) {
  return Response.json(
    { error: { message, data: { code, httpStatus: status, appCode, requestId } } },
    { status },
  );
}

/** The answer to a body longer than MAX_TRPC_BODY_BYTES. */
export function payloadTooLarge(requestId: string): Response {
  return refusal(
    413,
    'PAYLOAD_TOO_LARGE',
    'PAYLOAD_TOO_LARGE',
    'The request is too large (limit 5 MB).',
    requestId,
  );
}

/**
 * One tRPC call (or batch), its body already read within MAX_TRPC_BODY_BYTES: the cross-site check,
 * the caller's session, the procedures, and the caching headers a personal answer needs. Both ways a
 * call arrives end here: Next's route (`next dev`, and each instance's first calls) and the production
 * server's direct path (direct-trpc.ts), which add the headers that do not depend on the call.
 */
export async function answerTrpcRequest(request: Request, requestId: string): Promise<Response> {
  const crossSite = crossSiteRefusalOf(
    request,
    allowedOriginsFor(request.url, requestEnv().LIQLAB_PUBLIC_URL),
  );
  if (crossSite) {
    const code = crossSite.status === 403 ? 'FORBIDDEN' : 'UNSUPPORTED_MEDIA_TYPE';
    return refusal(crossSite.status, code, crossSite.code, crossSite.message, requestId);
  }
  let personal = false;
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: async ({ resHeaders }) => {
      const { identity, sessionEnded, setCookies } = await callerSession(request.headers);
      for (const cookie of setCookies) resHeaders.append('set-cookie', cookie);
      personal = identity !== null || sessionEnded;
      return createContextInner({
        db: db(),
        identity,
        sessionEnded,
        requestId,
        clientIp: clientIpOf(request.headers),
        views: scenarioViewCounter(),
        log: logger(),
        // The instance's own warm-up runs the save path thousands of times (server/warm-up.ts).
        rateLimitScale: carriesWarmUpPass(request.headers)
          ? WARM_UP_RATE_LIMIT_SCALE * serverEnv().LIQLAB_RATE_LIMIT_SCALE
          : serverEnv().LIQLAB_RATE_LIMIT_SCALE,
        reportThreshold: serverEnv().LIQLAB_REPORT_THRESHOLD,
      });
    },
  });
  // Answers depend on the session cookie; one given to a session is that person's alone, and no
  // shared cache (CDN, proxy) or browser history may keep it.
  response.headers.append('vary', 'Cookie');
  if (personal) response.headers.set('cache-control', 'private, no-store');
  return response;
}
