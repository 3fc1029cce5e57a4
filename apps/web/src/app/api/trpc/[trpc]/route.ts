import { createContextInner } from '@liqlab/api/context';
import { appRouter } from '@liqlab/api/root';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { identityFrom } from '~/server/auth';
import { db } from '~/server/db';
import { clientIpOf, requestIdOf } from '~/server/request-meta';

export const dynamic = 'force-dynamic';

/** Large enough for a scenario with a 100,000-tick uploaded path; anything bigger is refused unread. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

async function handler(request: Request) {
  const requestId = requestIdOf(request.headers);
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) {
    return Response.json(
      {
        error: {
          message: 'The request is too large (limit 5 MB).',
          data: { appCode: 'PAYLOAD_TOO_LARGE', requestId },
        },
      },
      { status: 413, headers: { 'x-request-id': requestId } },
    );
  }
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: async () =>
      createContextInner({
        db: db(),
        identity: await identityFrom(request.headers),
        requestId,
        clientIp: clientIpOf(request.headers),
      }),
  });
  response.headers.set('x-request-id', requestId);
  return response;
}

export { handler as GET, handler as POST };
