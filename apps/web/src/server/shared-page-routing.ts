/**
 * Which requests for a shared scenario (/s/<slug>) may be answered from the shared-page cache.
 *
 * A shared link is the one page strangers open in bursts (a post goes around), and rendering it costs
 * ≈ 15 ms of CPU. For a visitor without a session the page is the same for everyone but its CSP nonce
 * and request id, so proxy.ts serves a copy rendered a moment ago with a fresh nonce stamped in.
 * Visitors with a session (an owner sees their private scenarios) and client-side navigations (RSC
 * payloads, not HTML) always get the page rendered for them.
 */

/**
 * Set by the cache on the request it makes to render a page: the nonce to render with (a marker it
 * later replaces). Such a request is never answered from the cache. A visitor who sends it merely
 * picks the nonce of their own response, which protects nobody else.
 */
export const RENDER_NONCE_HEADER = 'x-liqlab-render-nonce';

/**
 * Rendered by the shared page for a public scenario (app/s/[slug]/page.tsx): one copy fits every
 * visitor without a session, so the cache keeps a fixed copy a CDN may store (shared-page-cache.ts).
 */
export const SHAREABLE_META = { name: 'liqlab-cache', content: 'public' } as const;

const SHARED_PAGE_PATH = /^\/s\/([A-Za-z0-9_-]{1,64})$/;

export interface SharedPageRequest {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
}

/** The slug, when this request may be answered from the cache; otherwise null. */
export function cacheableSharedPageSlug(request: SharedPageRequest): string | null {
  if (request.method !== 'GET' || request.search !== '') return null;
  const slug = SHARED_PAGE_PATH.exec(request.pathname)?.[1];
  if (!slug) return null;
  const { headers } = request;
  if (headers.has(RENDER_NONCE_HEADER)) return null;
  // Client-side navigation and prefetch ask for the RSC payload, not the HTML document.
  if (headers.has('rsc') || headers.has('next-router-prefetch') || headers.has('next-router-state-tree'))
    return null;
  if (hasSessionCookie(headers.get('cookie'))) return null;
  return slug;
}

/** better-auth's session cookie (`better-auth.session_token`, `__Secure-` prefixed over https). */
function hasSessionCookie(cookieHeader: string | null): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(';').some((cookie) => /^\s*(__Secure-)?better-auth\.session_token=/.test(cookie));
}
