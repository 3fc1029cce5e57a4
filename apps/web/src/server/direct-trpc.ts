import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { runInRequestScope } from '@liqlab/api/request-scope';
import { requestEnv } from '~/env';
import { BODY_TOO_LARGE, readBoundedNodeBody } from '~/server/bounded-body';
import { apiContentSecurityPolicy } from '~/server/content-security-policy';
import { acceptsGzip, webHeadersOf } from '~/server/node-http';
import { requestErrorLogLine } from '~/server/request-error-log';
import { requestIdOf } from '~/server/request-meta';
import { setDirectResponseHeaders } from '~/server/security-headers';
import { answerTrpcRequest, MAX_TRPC_BODY_BYTES, payloadTooLarge } from '~/server/trpc-endpoint';

/**
 * Where the production server (scripts/production-server.mjs) finds the handler. A symbol in the
 * global registry, because the server is plain Node outside Next's bundle, and the handler must be the
 * bundle's own (one database pool, one logger, one rate-limit and view-count state per process).
 */
export const DIRECT_TRPC_HANDLER = Symbol.for('liqlab.direct-trpc-handler');

type DirectHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** Called when the tRPC route's module loads: from then on the server can reach the handler. */
export function registerDirectTrpcHandler(): void {
  (globalThis as { [DIRECT_TRPC_HANDLER]?: DirectHandler })[DIRECT_TRPC_HANDLER] ??= directTrpcHandler;
}

/** Bodies under this are sent as they are; gzip would cost more CPU than the bytes it saves. */
export const GZIP_THRESHOLD_BYTES = 1024;

const gzipped = promisify(gzip);

/**
 * A tRPC call answered straight from Node's request, without Next's router and route runtime, which
 * were 28% of a save's CPU time on the server's one JavaScript thread (BENCHMARKS.md, 2026-12-07).
 * The call gets what Next would have given it: the headers of next.config.ts, the request id and
 * HSTS (as the route), gzip for answers of 1 KB or more.
 */
export async function directTrpcHandler(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = webHeadersOf(request);
  const requestId = requestIdOf(headers);
  try {
    const answer = await runInRequestScope(requestId, () => answerDirectly(request, headers, requestId));
    await writeAnswer(request, response, answer, requestId);
  } catch (error) {
    console.error(
      requestErrorLogLine(
        error,
        { path: request.url ?? '', method: request.method ?? '', headers: { 'x-request-id': requestId } },
        { routePath: '/api/trpc/[trpc]', routeType: 'route' },
      ),
    );
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'x-request-id': requestId });
    response.end('Internal Server Error');
  }
}

/** The methods the route exports, and those Next implements for it (HEAD as GET, OPTIONS). */
const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST'];

/** As Next answers a route: OPTIONS with the allowed methods, a method the route lacks with 405. */
async function answerDirectly(
  request: IncomingMessage,
  headers: Headers,
  requestId: string,
): Promise<Response> {
  const method = request.method ?? 'GET';
  if (method === 'OPTIONS')
    return new Response(null, { status: 204, headers: { allow: ALLOWED_METHODS.join(', ') } });
  if (!ALLOWED_METHODS.includes(method)) return new Response(null, { status: 405 });
  const body = await readBoundedNodeBody(request, MAX_TRPC_BODY_BYTES);
  if (body === BODY_TOO_LARGE) return payloadTooLarge(requestId);
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return answerTrpcRequest(
    new Request(urlOf(request, headers), { method, headers, body: hasBody ? body : undefined }),
    requestId,
  );
}

/** How long the rest of a body the answer did not need is read and dropped before the socket closes. */
export const UNREAD_BODY_LINGER_MS = 2000;

/**
 * Part of the body was never read (past the limit, or a refused method). Ending the answer now would
 * close the socket under a client still sending, and the reset that follows makes the client's system
 * drop the answer before the client has read it. So the whole answer is written (its length is
 * declared: the client can read it at once), the rest of the body is read and dropped, and the answer
 * ends when the body does; if it has not ended within UNREAD_BODY_LINGER_MS, the socket is closed.
 * Nothing is kept, and nobody is waited for long.
 */
function endAfterTheRestOfTheBody(
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer | undefined,
): void {
  if (body) response.write(body);
  const cutOff = setTimeout(() => request.socket.destroy(), UNREAD_BODY_LINGER_MS);
  request.once('end', () => {
    clearTimeout(cutOff);
    response.end();
  });
  request.removeAllListeners('data');
  request.resume();
}

/** The URL as Next would build it: the Host the client named, https when a proxy says so. */
function urlOf(request: IncomingMessage, headers: Headers): string {
  const https = headers.get('x-forwarded-proto')?.includes('https') ?? false;
  return `${https ? 'https' : 'http'}://${headers.get('host') ?? 'localhost'}${request.url ?? '/'}`;
}

async function writeAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  answer: Response,
  requestId: string,
): Promise<void> {
  let body: Buffer = Buffer.from(await answer.arrayBuffer());
  setDirectResponseHeaders(response, requestId, requestEnv().LIQLAB_PUBLIC_URL);
  response.setHeader('content-security-policy', apiContentSecurityPolicy());
  for (const [key, value] of answer.headers) if (key !== 'set-cookie') response.setHeader(key, value);
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader('set-cookie', cookies);
  if (body.byteLength > 0) {
    // Whether the answer is compressed depends on Accept-Encoding, so caches must key on it too.
    response.appendHeader('vary', 'Accept-Encoding');
    if (body.byteLength >= GZIP_THRESHOLD_BYTES && acceptsGzip(request.headers['accept-encoding'])) {
      body = await gzipped(body);
      response.setHeader('content-encoding', 'gzip');
    }
  }
  response.setHeader('content-length', body.byteLength);
  response.statusCode = answer.status;
  const sent = request.method === 'HEAD' ? undefined : body;
  if (request.complete) response.end(sent);
  else endAfterTheRestOfTheBody(request, response, sent);
}
