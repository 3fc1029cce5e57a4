'use client';

import { useEffect } from 'react';

/**
 * Reports one view of a shared scenario once the page has loaded in a browser. The page's HTML may
 * come from a CDN or the shared-page cache, which never reach the server's count; the server counts
 * each viewer once per period (scenario.recordView). A plain fetch, so the page loads no tRPC client
 * for it; link previews and crawlers, which run no scripts, are not views.
 */
export function ViewBeacon({ idOrSlug }: { idOrSlug: string }) {
  useEffect(() => {
    void fetch('/api/trpc/scenario.recordView', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ idOrSlug }),
      keepalive: true,
    }).catch(() => undefined); // a view that cannot be reported is not worth an error on the page
  }, [idOrSlug]);
  return null;
}
