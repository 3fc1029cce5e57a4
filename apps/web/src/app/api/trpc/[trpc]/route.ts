import { runInRequestScope } from '@liqlab/api/request-scope';
import { requestEnv } from '~/env';
import { BODY_TOO_LARGE, readBoundedBody, withBody } from '~/server/bounded-body';
import { registerDirectTrpcHandler } from '~/server/direct-trpc';
import { requestIdOf } from '~/server/request-meta';
import { setApiRouteHeaders } from '~/server/security-headers';
import { answerTrpcRequest, MAX_TRPC_BODY_BYTES, payloadTooLarge } from '~/server/trpc-endpoint';

export const dynamic = 'force-dynamic';

// From now on the production server answers tRPC calls itself, without Next's router
// (direct-trpc.ts); this route serves them under `next dev` and until this module is first loaded.
registerDirectTrpcHandler();

/**
 * tRPC calls bypass src/proxy.ts (see its matcher), so the headers it would add that depend on the
 * request or the run-time environment are set here: the request id and, over https, HSTS. The CSP
 * comes from next.config.ts.
 */
async function handler(request: Request): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  // Lines logged outside the procedures (the session check, better-auth) carry the id too.
  const response = await runInRequestScope(requestId, async () => {
    const body = await readBoundedBody(request, MAX_TRPC_BODY_BYTES);
    if (body === BODY_TOO_LARGE) return payloadTooLarge(requestId);
    return withoutCompressionWhenSmall(await answerTrpcRequest(withBody(request, body), requestId));
  });
  return setApiRouteHeaders(response, requestId, requestEnv().LIQLAB_PUBLIC_URL);
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
