import type { ServerResponse } from 'node:http';

/**
 * Headers every response carries, whatever the environment. next.config.ts applies them to all
 * paths (static assets included); proxy.ts adds what depends on the request or the run-time
 * environment (CSP with its nonce, HSTS).
 */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Nothing here needs a device API; deny the powerful ones and opt out of interest cohorts.
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  // No Cross-Origin-Opener-Policy. On a first visit from another page or a new tab it puts the page
  // in a new browsing context group, which Chromium loads in a fresh renderer process (and Chrome for
  // Android then isolates the site): under Lighthouse's mobile profile, a median 185 ms of added
  // blocking time per page load (BENCHMARKS.md, Lighthouse, 2026-12-07). What it guards is a window
  // handle another site holds on ours: no page here opens or is meant to be opened as a popup,
  // framing is refused above and by the CSP, external links open with `noopener`, the session cookie
  // never reaches the page's memory (HttpOnly), and Chrome for Android isolates a site anyway once a
  // password is typed on it, so signed-in learners keep a process of their own.
];

/** Two years, subdomains included: only ever sent when the public origin is https. */
export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

/** HSTS on http would be ignored at best and pin a dev host at worst: https origins only. */
export function strictTransportSecurityFor(publicUrl: string): string | null {
  return publicUrl.startsWith('https://') ? HSTS_VALUE : null;
}

/**
 * What proxy.ts would add to an API route it skips (tRPC and auth, see its matcher): the request id
 * and, over https, HSTS. Their CSP never varies and comes from next.config.ts.
 */
export function setApiRouteHeaders(response: Response, requestId: string, publicUrl: string): Response {
  response.headers.set('x-request-id', requestId);
  const hsts = strictTransportSecurityFor(publicUrl);
  if (hsts) response.headers.set('strict-transport-security', hsts);
  return response;
}

/**
 * What a response the production server sends without Next (direct-trpc.ts, direct-shared-page.ts)
 * would have got from next.config.ts and from the route or proxy.ts: the headers that never vary,
 * the request id and, over https, HSTS.
 */
export function setDirectResponseHeaders(
  response: ServerResponse,
  requestId: string,
  publicUrl: string,
): void {
  for (const { key, value } of STATIC_SECURITY_HEADERS) response.setHeader(key, value);
  response.setHeader('x-request-id', requestId);
  const hsts = strictTransportSecurityFor(publicUrl);
  if (hsts) response.setHeader('strict-transport-security', hsts);
}
