import { createContextInner } from '@liqlab/api/context';
import { runInRequestScope } from '@liqlab/api/request-scope';
import { appRouter } from '@liqlab/api/root';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { requestEnv, serverEnv } from '~/env';
import { callerSession } from '~/server/auth';
import { BODY_TOO_LARGE, readBoundedBody, withBody } from '~/server/bounded-body';
import { allowedOriginsFor, crossSiteRefusalOf } from '~/server/cross-site-request';
import { db } from '~/server/db';
import { logger } from '~/server/logger';
import { clientIpOf, requestIdOf } from '~/server/request-meta';
import { setApiRouteHeaders } from '~/server/security-headers';
import { scenarioViewCounter } from '~/server/view-counters';
import { carriesWarmUpPass, WARM_UP_RATE_LIMIT_SCALE } from '~/server/warm-up-pass';
import { MAX_BATCH_SIZE } from '~/trpc/max-batch-size';

export const dynamic = 'force-dynamic';

/** Large enough for a scenario with a 100,000-tick uploaded path; reading stops past it (413). */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The shape tRPC gives its own errors, so the client reads a refusal like any other error. */
function refusal(status: number, code: string, appCode: string, message: string, requestId: string) {
  return Response.json(
    { error: { message, data: { code, httpStatus: status, appCode, requestId } } },
    { status },
  );
}

/**
 * tRPC calls bypass src/proxy.ts (see its matcher), so the headers it would add that depend on the
 * request or the run-time environment are set here: the request id and, over https, HSTS. The CSP
 * comes from next.config.ts.
 */
async function handler(request: Request): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  // Lines logged outside the procedures (the session check, better-auth) carry the id too.
  const response = await runInRequestScope(requestId, () => answer(request, requestId));
  return setApiRouteHeaders(response, requestId, requestEnv().LIQLAB_PUBLIC_URL);
}

async function answer(request: Request, requestId: string): Promise<Response> {
  const crossSite = crossSiteRefusalOf(
    request,
    allowedOriginsFor(request.url, requestEnv().LIQLAB_PUBLIC_URL),
  );
  if (crossSite) {
    const code = crossSite.status === 403 ? 'FORBIDDEN' : 'UNSUPPORTED_MEDIA_TYPE';
    return refusal(crossSite.status, code, crossSite.code, crossSite.message, requestId);
  }
  const body = await readBoundedBody(request, MAX_BODY_BYTES);
  if (body === BODY_TOO_LARGE) {
    return refusal(
      413,
      'PAYLOAD_TOO_LARGE',
      'PAYLOAD_TOO_LARGE',
      'The request is too large (limit 5 MB).',
      requestId,
    );
  }
  let personal = false;
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: withBody(request, body),
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
  return withoutCompressionWhenSmall(response);
}

/** The size under which Next's gzip middleware (the `compression` package) means not to compress. */
const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Next's gzip middleware would skip bodies under its 1 KB threshold, but it only knows a body's size
 * from Content-Length, which Next drops from route-handler responses; so every tRPC answer got a
 * zlib stream (≈ 0.5–1 ms of CPU) however small — a save's answer is ≈ 750 bytes. Small JSON answers
 * are marked `no-transform`, which the middleware honours; larger ones are compressed as before.
 */
async function withoutCompressionWhenSmall(response: Response): Promise<Response> {
  if (!response.body || !response.headers.get('content-type')?.startsWith('application/json'))
    return response;
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  if (body.byteLength < COMPRESSION_THRESHOLD_BYTES) {
    const cacheControl = headers.get('cache-control');
    headers.set('cache-control', cacheControl ? `${cacheControl}, no-transform` : 'no-transform');
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

export { handler as GET, handler as POST };
