import type { ServedPage } from './shared-page-cache';
import { SHARED_PAGE_STALE_MS, SHARED_PAGE_TTL_MS } from './shared-page-freshness';

const seconds = (ms: number) => Math.ceil(ms / 1000);

/**
 * The caching headers of a copy from the shared-page cache.
 *
 * A public scenario's fixed copy (no nonce, the same for everybody) may be stored by a shared cache —
 * a CDN or reverse proxy — for exactly as long as this instance keeps it: fresh for the cache's TTL,
 * then served stale while one revalidation runs, both counted from the render (`Age`, which shared
 * caches subtract, RFC 9111 §4.2.3). So an edit, a deletion or a switch to private reaches visitors
 * behind a CDN within the same bound as without one, with no purge. Browsers revalidate
 * (max-age=0). It varies with the cookie (a visitor with a session gets a page rendered for them) and
 * with Next's client-navigation headers (those ask for an RSC payload, not this HTML).
 *
 * Any other copy carries a nonce made for this response alone: never stored by anyone.
 */
export function sharedPageCopyHeaders(page: ServedPage): Record<string, string> {
  // For operators and tests: this copy came from the shared-page cache.
  const marker = { 'x-liqlab-cache': 'hit' };
  if (!page.fixed) {
    return { ...marker, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' };
  }
  return {
    ...marker,
    'cache-control': `public, max-age=0, s-maxage=${seconds(SHARED_PAGE_TTL_MS)}, stale-while-revalidate=${seconds(SHARED_PAGE_STALE_MS)}`,
    age: String(Math.max(0, Math.floor(page.ageMs / 1000))),
    vary: 'Cookie, RSC, Next-Router-State-Tree, Next-Router-Prefetch, Accept-Encoding',
  };
}
