import { createContextInner } from '@liqlab/api/context';
import { appRouter } from '@liqlab/api/root';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { db } from '~/server/db';

export const dynamic = 'force-dynamic';

function handler(request: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: () =>
      createContextInner({ db: db(), requestId: request.headers.get('x-request-id') ?? undefined }),
  });
}

export { handler as GET, handler as POST };
