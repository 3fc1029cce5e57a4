import { requestEnv } from '~/env';
import { type RenderedPage, SharedPageCache } from './shared-page-cache';
import { SHARED_PAGE_STALE_MS, SHARED_PAGE_TTL_MS } from './shared-page-freshness';
import { RENDER_NONCE_HEADER, SHAREABLE_META } from './shared-page-routing';

const SHARED_PAGE_MAX_ENTRIES = 500;

/**
 * This server, over loopback: a cached page is rendered by Next like any other request. `next start`
 * stores its port in PORT; LIQLAB_INTERNAL_URL overrides it when the server listens elsewhere.
 */
function internalOrigin(): string {
  const env = requestEnv();
  return env.LIQLAB_INTERNAL_URL ?? `http://127.0.0.1:${env.PORT}`;
}

const SHAREABLE_MARK = new RegExp(
  `<meta name="${SHAREABLE_META.name}" content="${SHAREABLE_META.content}"\\s*/?>`,
);

async function renderSharedPage(
  slug: string,
  markers: { nonce: string; requestId: string },
): Promise<RenderedPage> {
  const response = await fetch(`${internalOrigin()}/s/${slug}`, {
    headers: { accept: 'text/html', [RENDER_NONCE_HEADER]: markers.nonce, 'x-request-id': markers.requestId },
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const html = await response.text();
  return { status: response.status, html, shareable: SHAREABLE_MARK.test(html) };
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
