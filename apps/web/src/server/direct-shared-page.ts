import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { requestEnv } from '~/env';
import { acceptsGzip, webHeadersOf } from './node-http';
import { requestIdOf } from './request-meta';
import { setDirectResponseHeaders } from './security-headers';
import { sharedPageCopyFor } from './shared-page-copy';

/** Where the production server (scripts/production-server.mjs) finds the handler (see direct-trpc.ts). */
export const DIRECT_SHARED_PAGE_HANDLER = Symbol.for('liqlab.direct-shared-page-handler');

type DirectSharedPageHandler = (request: IncomingMessage, response: ServerResponse) => boolean;

/** Called at start-up (instrumentation.ts): the shared-page cache is one per process (shared-pages.ts). */
export function registerDirectSharedPageHandler(): void {
  (globalThis as { [DIRECT_SHARED_PAGE_HANDLER]?: DirectSharedPageHandler })[DIRECT_SHARED_PAGE_HANDLER] ??=
    answerSharedPageDirectly;
}

const gzipped = promisify(gzip);

/**
 * Gzipped fixed copies, by their HTML: a public scenario's page is the same bytes for every visitor
 * until it is rendered again, so it is compressed once. The oldest of the last 100 goes first.
 */
const gzippedFixedCopies = new Map<string, Promise<Buffer>>();
const GZIPPED_FIXED_COPIES_KEPT = 100;

/**
 * Answers a request for a shared page from the shared-page cache before it reaches Next, when
 * proxy.ts would have answered it from there; returns false, having written nothing, otherwise. A
 * viral link is the heaviest read the app sees, and Next's router and proxy cost more than copying a
 * kept page does (BENCHMARKS.md, 2026-12-07). The answer is the proxy's: the same copy and headers,
 * plus what next.config.ts adds to every response, gzip as Next would apply it.
 */
export function answerSharedPageDirectly(request: IncomingMessage, response: ServerResponse): boolean {
  const url = request.url ?? '';
  if (!url.startsWith('/s/')) return false;
  const headers = webHeadersOf(request);
  const requestId = requestIdOf(headers);
  const publicUrl = requestEnv().LIQLAB_PUBLIC_URL;
  const queryAt = url.indexOf('?');
  const copy = sharedPageCopyFor(
    {
      method: request.method ?? 'GET',
      pathname: queryAt === -1 ? url : url.slice(0, queryAt),
      search: queryAt === -1 ? '' : url.slice(queryAt),
      headers,
    },
    { requestId, isHttps: publicUrl.startsWith('https://') },
  );
  if (!copy) return false;
  setDirectResponseHeaders(response, requestId, publicUrl);
  for (const [key, value] of Object.entries(copy.headers)) response.setHeader(key, value);
  if (!copy.fixed) response.setHeader('vary', 'Accept-Encoding');
  response.statusCode = copy.status;
  const body = acceptsGzip(request.headers['accept-encoding'])
    ? copy.fixed
      ? gzippedFixedCopy(copy.html)
      : gzipped(copy.html)
    : null;
  if (!body) {
    response.setHeader('content-length', Buffer.byteLength(copy.html));
    response.end(copy.html);
    return true;
  }
  response.setHeader('content-encoding', 'gzip');
  body.then(
    (bytes) => {
      response.setHeader('content-length', bytes.byteLength);
      response.end(bytes);
    },
    () => response.destroy(),
  );
  return true;
}

function gzippedFixedCopy(html: string): Promise<Buffer> {
  let bytes = gzippedFixedCopies.get(html);
  if (!bytes) {
    bytes = gzipped(html);
    if (gzippedFixedCopies.size >= GZIPPED_FIXED_COPIES_KEPT) {
      const oldest = gzippedFixedCopies.keys().next().value;
      if (oldest !== undefined) gzippedFixedCopies.delete(oldest);
    }
    gzippedFixedCopies.set(html, bytes);
  }
  return bytes;
}
