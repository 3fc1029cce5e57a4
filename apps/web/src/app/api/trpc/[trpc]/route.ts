import { createContextInner } from '@liqlab/api/context';
import { appRouter } from '@liqlab/api/root';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { requestEnv } from '~/env';
import { callerSession } from '~/server/auth';
import { allowedOriginsFor, crossSiteRefusalOf } from '~/server/cross-site-request';
import { db } from '~/server/db';
import { clientIpOf, requestIdOf } from '~/server/request-meta';
import { scenarioViewCounter } from '~/server/view-counters';

export const dynamic = 'force-dynamic';

/** Large enough for a scenario with a 100,000-tick uploaded path; anything bigger is refused unread. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The shape tRPC gives its own errors, so the client reads a refusal like any other error. */
function refusal(status: number, code: string, appCode: string, message: string, requestId: string) {
  return Response.json(
    { error: { message, data: { code, httpStatus: status, appCode, requestId } } },
    { status, headers: { 'x-request-id': requestId } },
  );
}

async function handler(request: Request) {
  const requestId = requestIdOf(request.headers);
  const crossSite = crossSiteRefusalOf(
    request,
    allowedOriginsFor(request.url, requestEnv().LIQLAB_PUBLIC_URL),
  );
  if (crossSite) {
    const code = crossSite.status === 403 ? 'FORBIDDEN' : 'UNSUPPORTED_MEDIA_TYPE';
    return refusal(crossSite.status, code, crossSite.code, crossSite.message, requestId);
  }
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) {
    return refusal(
      413,
      'PAYLOAD_TOO_LARGE',
      'PAYLOAD_TOO_LARGE',
      'The request is too large (limit 5 MB).',
      requestId,
    );
  }
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: async ({ resHeaders }) => {
      const { identity, setCookies } = await callerSession(request.headers);
      for (const cookie of setCookies) resHeaders.append('set-cookie', cookie);
      return createContextInner({
        db: db(),
        identity,
        requestId,
        clientIp: clientIpOf(request.headers),
        views: scenarioViewCounter(),
      });
    },
  });
  response.headers.set('x-request-id', requestId);
  return response;
}

export { handler as GET, handler as POST };
