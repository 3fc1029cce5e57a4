import { requestEnv } from '~/env';
import { type RenderedPage, SharedPageCache } from './shared-page-cache';
import { RENDER_NONCE_HEADER } from './shared-page-routing';

/** How stale a cached shared page may be for a visitor without a session (see SharedPageCache). */
const SHARED_PAGE_TTL_MS = 2000;
const SHARED_PAGE_STALE_MS = 5000;
const SHARED_PAGE_MAX_ENTRIES = 500;

/**
 * This server, over loopback: a cached page is rendered by Next like any other request. `next start`
 * stores its port in PORT; LIQLAB_INTERNAL_URL overrides it when the server listens elsewhere.
 */
function internalOrigin(): string {
  const env = requestEnv();
  return env.LIQLAB_INTERNAL_URL ?? `http://127.0.0.1:${env.PORT}`;
}

async function renderSharedPage(
  slug: string,
  markers: { nonce: string; requestId: string },
): Promise<RenderedPage> {
  const response = await fetch(`${internalOrigin()}/s/${slug}`, {
    headers: { accept: 'text/html', [RENDER_NONCE_HEADER]: markers.nonce, 'x-request-id': markers.requestId },
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, html: await response.text() };
}

const globalForPages = globalThis as unknown as { liqlabSharedPages?: SharedPageCache };

/** The process's shared-page cache (used by proxy.ts). */
export function sharedPages(): SharedPageCache {
  globalForPages.liqlabSharedPages ??= new SharedPageCache({
    render: renderSharedPage,
    ttlMs: SHARED_PAGE_TTL_MS,
    staleMs: SHARED_PAGE_STALE_MS,
    maxEntries: SHARED_PAGE_MAX_ENTRIES,
    onRenderError: (slug, error) =>
      console.error(
        JSON.stringify({
          level: 'error',
          msg: 'shared page not cached; visitors get it rendered for them',
          slug,
          err: error instanceof Error ? error.message : String(error),
        }),
      ),
  });
  return globalForPages.liqlabSharedPages;
}
