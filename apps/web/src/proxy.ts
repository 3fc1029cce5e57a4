import { type NextRequest, NextResponse } from 'next/server';
import { requestEnv } from '~/env';
import {
  apiContentSecurityPolicy,
  createNonce,
  pageContentSecurityPolicy,
} from '~/server/content-security-policy';
import { requestIdOf } from '~/server/request-meta';
import { strictTransportSecurityFor } from '~/server/security-headers';
import { sharedPageCopyFor } from '~/server/shared-page-copy';
import { RENDER_NONCE_HEADER } from '~/server/shared-page-routing';
import { NOT_FOUND_PAGE, prerenderedPageSources } from '~/server/static-page-csp';

/** What createNonce makes: base64 of 16–32 bytes. */
const NONCE_FORMAT = /^[A-Za-z0-9+/]{22,44}={0,2}$/;

/**
 * Runs before every page and API request except tRPC and auth calls (see `config`): the CSP (for a page
 * rendered per request a fresh nonce, which Next.js reads back from the request's
 * Content-Security-Policy header and stamps on its inline scripts; for a prerendered page the hashes
 * of its inline scripts), a request id shared by the logs and error pages, and HSTS when the public
 * origin is https. A shared scenario opened without a session is served from the shared-page cache
 * when a fresh copy is kept (shared-page-copy.ts; under the production server such a request is
 * answered before it reaches Next, direct-shared-page.ts). The headers that never vary are in
 * next.config.ts, so static assets get them too.
 */
export function proxy(request: NextRequest) {
  const env = requestEnv();
  const isHttps = env.LIQLAB_PUBLIC_URL.startsWith('https://');
  const requestId = requestIdOf(request.headers);
  const { pathname } = request.nextUrl;
  const isApi = pathname.startsWith('/api/');
  // A prerendered page is fixed HTML: its inline scripts are allowed by the hashes the build listed.
  // Any other path may turn out not to exist, and then Next sends the prerendered 404 page.
  const prerendered = isApi || pathname === NOT_FOUND_PAGE ? null : prerenderedPageSources(pathname);
  // A page rendered for the shared-page cache gets the cache's marker as its nonce (see
  // shared-page-routing.ts); every other page rendered per request a fresh one.
  const renderNonce = request.headers.get(RENDER_NONCE_HEADER);
  const nonce =
    isApi || prerendered ? null : renderNonce && NONCE_FORMAT.test(renderNonce) ? renderNonce : createNonce();
  const isDevelopment = env.NODE_ENV === 'development';
  const notFound = { scripts: [], styles: [], ...prerenderedPageSources(NOT_FOUND_PAGE) };
  const policy = prerendered
    ? pageContentSecurityPolicy({ ...prerendered, isDevelopment, isHttps })
    : nonce
      ? pageContentSecurityPolicy({ nonce, ...notFound, isDevelopment, isHttps })
      : apiContentSecurityPolicy();

  const copy = nonce
    ? sharedPageCopyFor(
        { method: request.method, pathname, search: request.nextUrl.search, headers: request.headers },
        { requestId, isHttps },
      )
    : null;
  let response: NextResponse;
  if (copy) {
    response = new NextResponse(copy.html, { status: copy.status, headers: copy.headers });
  } else {
    const forwarded = new Headers(request.headers);
    forwarded.set('x-request-id', requestId);
    if (nonce) forwarded.set('content-security-policy', policy);
    response = NextResponse.next({ request: { headers: forwarded } });
    response.headers.set('content-security-policy', policy);
  }
  response.headers.set('x-request-id', requestId);
  const hsts = strictTransportSecurityFor(env.LIQLAB_PUBLIC_URL);
  if (hsts) response.headers.set('strict-transport-security', hsts);
  return response;
}

export const config = {
  // Build output under /_next/static and the icon are immutable files: no nonce to give them.
  // tRPC calls (most requests, every save) set their own headers (see the route), which spares each
  // one a proxy invocation (≈ 2 ms of CPU, BENCHMARKS.md). Auth calls too: Next buffers the whole
  // body of a request the proxy sees, before the route can count its bytes (bounded-body.ts).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.png|api/trpc/|api/auth/).*)'],
};
