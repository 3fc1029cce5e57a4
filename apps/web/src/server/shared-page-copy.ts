import { requestEnv } from '~/env';
import { createNonce, pageContentSecurityPolicy } from './content-security-policy';
import { sharedPageCopyHeaders } from './shared-page-headers';
import { cacheableSharedPageSlug, type SharedPageRequest } from './shared-page-routing';
import { sharedPages } from './shared-pages';
import { NOT_FOUND_PAGE, prerenderedPageSources } from './static-page-csp';

export interface SharedPageCopy {
  status: number;
  html: string;
  /** A public scenario's one copy for everybody (the same bytes each time it is served). */
  fixed: boolean;
  /** Content type, caching headers and the CSP this copy needs. */
  headers: Record<string, string>;
}

/**
 * A kept copy of a shared page for this request, or null to render the page as usual (proxy.ts, and
 * the production server before Next: direct-shared-page.ts). A public scenario's fixed copy may be
 * stored by a CDN for as long as this instance would keep it (shared-page-headers.ts) and carries no
 * nonce: its own inline scripts and styles are allowed by hash, as on a prerendered page. Any other
 * copy is stamped with a fresh nonce and `requestId`, and never stored.
 */
export function sharedPageCopyFor(
  request: SharedPageRequest,
  options: { requestId: string; isHttps: boolean },
): SharedPageCopy | null {
  if (requestEnv().NODE_ENV !== 'production') return null; // the dev server renders every page fresh
  const slug = cacheableSharedPageSlug(request);
  if (!slug) return null;
  const nonce = createNonce();
  const page = sharedPages().page(slug, { nonce, requestId: options.requestId });
  if (!page) return null;
  const { isHttps } = options;
  const policy = page.fixed
    ? pageContentSecurityPolicy({ ...page.fixed, isDevelopment: false, isHttps })
    : pageContentSecurityPolicy({
        nonce,
        scripts: [],
        styles: [],
        // A copy may be the 404 page of a scenario that is gone: Next's inline sources there too.
        ...prerenderedPageSources(NOT_FOUND_PAGE),
        isDevelopment: false,
        isHttps,
      });
  return {
    status: page.status,
    html: page.html,
    fixed: page.fixed !== undefined,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      ...sharedPageCopyHeaders(page),
      'content-security-policy': policy,
    },
  };
}
