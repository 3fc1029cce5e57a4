import { type NextRequest, NextResponse } from 'next/server';
import { requestEnv } from '~/env';
import {
  apiContentSecurityPolicy,
  createNonce,
  pageContentSecurityPolicy,
} from '~/server/content-security-policy';
import { requestIdOf } from '~/server/request-meta';
import { strictTransportSecurityFor } from '~/server/security-headers';
import { sharedPageCopyHeaders } from '~/server/shared-page-headers';
import { cacheableSharedPageSlug, RENDER_NONCE_HEADER } from '~/server/shared-page-routing';
import { sharedPages } from '~/server/shared-pages';
import { type InlineSources, NOT_FOUND_PAGE, prerenderedPageSources } from '~/server/static-page-csp';

/** What createNonce makes: base64 of 16–32 bytes. */
const NONCE_FORMAT = /^[A-Za-z0-9+/]{22,44}={0,2}$/;

/**
 * Runs before every page and API request except tRPC and auth calls (see `config`): the CSP (for a page
 * rendered per request a fresh nonce, which Next.js reads back from the request's
 * Content-Security-Policy header and stamps on its inline scripts; for a prerendered page the hashes
 * of its inline scripts), a request id shared by the logs and error pages, and HSTS when the public
 * origin is https. A shared scenario opened without a session is served from the shared-page cache
 * when a fresh copy is kept (shared-page-routing.ts). The headers that never vary are in
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

  const forwarded = new Headers(request.headers);
  forwarded.set('x-request-id', requestId);
  if (nonce) forwarded.set('content-security-policy', policy);

  const cached = nonce ? cachedSharedPage(request, { nonce, requestId }) : null;
  const response = cached?.response ?? NextResponse.next({ request: { headers: forwarded } });
  // A fixed copy (a public scenario's, the same for everybody) carries no nonce: its own inline
  // scripts and styles are allowed by hash, as on a prerendered page.
  response.headers.set(
    'content-security-policy',
    cached?.fixed ? pageContentSecurityPolicy({ ...cached.fixed, isDevelopment, isHttps }) : policy,
  );
  response.headers.set('x-request-id', requestId);
  const hsts = strictTransportSecurityFor(env.LIQLAB_PUBLIC_URL);
  if (hsts) response.headers.set('strict-transport-security', hsts);
  return response;
}

/**
 * A kept copy of a shared page, or null to render the page as usual. A public scenario's fixed copy
 * may be stored by a CDN for as long as this instance would keep it (shared-page-headers.ts); any
 * other copy is stamped with this response's nonce and request id, and never stored.
 */
function cachedSharedPage(
  request: NextRequest,
  stamp: { nonce: string; requestId: string },
): { response: NextResponse; fixed?: InlineSources } | null {
  if (requestEnv().NODE_ENV !== 'production') return null; // the dev server renders every page fresh
  const slug = cacheableSharedPageSlug({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    headers: request.headers,
  });
  const page = slug ? sharedPages().page(slug, stamp) : null;
  if (!slug || !page) return null;
  const response = new NextResponse(page.html, {
    status: page.status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...sharedPageCopyHeaders(page) },
  });
  return page.fixed ? { response, fixed: page.fixed } : { response };
}

export const config = {
  // Build output under /_next/static and the icon are immutable files: no nonce to give them.
  // tRPC calls (most requests, every save) set their own headers (see the route), which spares each
  // one a proxy invocation (≈ 2 ms of CPU, BENCHMARKS.md). Auth calls too: Next buffers the whole
  // body of a request the proxy sees, before the route can count its bytes (bounded-body.ts).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.png|api/trpc/|api/auth/).*)'],
};
