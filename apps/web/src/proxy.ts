import { type NextRequest, NextResponse } from 'next/server';
import { requestEnv } from '~/env';
import {
  apiContentSecurityPolicy,
  createNonce,
  pageContentSecurityPolicy,
} from '~/server/content-security-policy';
import { requestIdOf } from '~/server/request-meta';
import { strictTransportSecurityFor } from '~/server/security-headers';

/**
 * Runs before every page and API request except tRPC calls (see `config`): a fresh CSP nonce
 * (Next.js reads it back from the request's Content-Security-Policy header and stamps it on its
 * inline scripts), a request id shared by the logs and error pages, and HSTS when the public origin
 * is https. The headers that never vary are in next.config.ts, so static assets get them too.
 */
export function proxy(request: NextRequest) {
  const env = requestEnv();
  const isHttps = env.LIQLAB_PUBLIC_URL.startsWith('https://');
  const requestId = requestIdOf(request.headers);
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  const nonce = isApi ? null : createNonce();
  const policy = nonce
    ? pageContentSecurityPolicy({ nonce, isDevelopment: env.NODE_ENV === 'development', isHttps })
    : apiContentSecurityPolicy();

  const forwarded = new Headers(request.headers);
  forwarded.set('x-request-id', requestId);
  if (nonce) {
    forwarded.set('x-nonce', nonce);
    forwarded.set('content-security-policy', policy);
  }

  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set('content-security-policy', policy);
  response.headers.set('x-request-id', requestId);
  const hsts = strictTransportSecurityFor(env.LIQLAB_PUBLIC_URL);
  if (hsts) response.headers.set('strict-transport-security', hsts);
  return response;
}

export const config = {
  // Build output under /_next/static and the favicon are immutable files: no nonce to give them.
  // tRPC calls (most requests, every save) set their own headers (see the route), which spares each
  // one a proxy invocation (≈ 2 ms of CPU, BENCHMARKS.md).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/trpc/).*)'],
};
