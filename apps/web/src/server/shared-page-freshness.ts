/**
 * How stale a shared page may be for a visitor without a session: a copy is fresh for TTL, then served
 * for up to STALE more while one re-render runs. The instance cache (shared-pages.ts) and a CDN in
 * front of it (shared-page-headers.ts) keep to the same bound.
 */
export const SHARED_PAGE_TTL_MS = 2000;
export const SHARED_PAGE_STALE_MS = 5000;
