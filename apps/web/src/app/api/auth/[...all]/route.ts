import { limitAuthRequest } from '@liqlab/api/auth-rate-limit';
import { toNextJsHandler } from 'better-auth/next-js';
import { serverEnv } from '~/env';
import { auth } from '~/server/auth';
import { db } from '~/server/db';
import { clientIpOf } from '~/server/request-meta';

export const dynamic = 'force-dynamic';

export const { GET, POST } = toNextJsHandler(async (request: Request) => {
  const refused = await limitAuthRequest(
    db(),
    request,
    clientIpOf(request.headers),
    serverEnv().LIQLAB_RATE_LIMIT_SCALE,
  );
  return refused ?? auth().handler(request);
});
