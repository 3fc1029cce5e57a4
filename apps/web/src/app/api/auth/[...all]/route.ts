import { authAttemptOf, limitAuthRequest, settleAuthAttempt } from '@liqlab/api/auth-rate-limit';
import { runInRequestScope } from '@liqlab/api/request-scope';
import { toNextJsHandler } from 'better-auth/next-js';
import { requestEnv, serverEnv } from '~/env';
import { auth, callerSession } from '~/server/auth';
import { BODY_TOO_LARGE, readBoundedBody, withBody } from '~/server/bounded-body';
import { db } from '~/server/db';
import { clientIpOf, requestIdOf } from '~/server/request-meta';
import { setApiRouteHeaders } from '~/server/security-headers';

export const dynamic = 'force-dynamic';

/** Every auth body is an email, a password (≤ 128) and a name (≤ 80 characters): 16 KB is generous. */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

function parsedJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return null;
  }
}

export const { GET, POST } = toNextJsHandler(async (incoming: Request) => {
  const requestId = requestIdOf(incoming.headers);
  // Every line logged while this request is handled — better-auth's included — carries its id.
  const response = await runInRequestScope(requestId, () => answer(incoming));
  return setApiRouteHeaders(response, requestId, requestEnv().LIQLAB_PUBLIC_URL);
});

async function answer(incoming: Request): Promise<Response> {
  const body = await readBoundedBody(incoming, MAX_AUTH_BODY_BYTES);
  if (body === BODY_TOO_LARGE) {
    return Response.json(
      { code: 'PAYLOAD_TOO_LARGE', message: 'The request is too large (limit 16 KB).' },
      { status: 413 },
    );
  }
  const request = withBody(incoming, body);
  if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/get-session')) {
    // better-auth would answer from the signed copy alone; a session ended elsewhere must read as none.
    const { sessionEnded, setCookies } = await callerSession(request.headers);
    if (sessionEnded) {
      const headers = new Headers({ 'cache-control': 'no-store' });
      for (const cookie of setCookies) headers.append('set-cookie', cookie);
      return Response.json(null, { headers });
    }
  }
  const attempt = authAttemptOf(request, clientIpOf(request.headers), parsedJson(body));
  const refused = await limitAuthRequest(db(), attempt, serverEnv().LIQLAB_RATE_LIMIT_SCALE);
  if (refused) return refused;
  const response = await auth().handler(request);
  await settleAuthAttempt(db(), attempt, response.status);
  return response;
}
