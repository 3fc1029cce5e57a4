/**
 * CSRF defence for state-changing API calls (tRPC mutations are POSTs). A browser always states
 * where a cross-origin POST comes from — Origin, or failing that Sec-Fetch-Site — so a request
 * another site makes on the visitor's behalf (their session cookie attached) is recognisable and
 * refused. JSON-only bodies add a second wall: an HTML form cannot send application/json, and a
 * script on another origin cannot without a CORS preflight, which this app never grants.
 */
export type CrossSiteRefusalCode = 'CROSS_SITE_REQUEST' | 'UNSUPPORTED_MEDIA_TYPE';

export interface CrossSiteRefusal {
  status: 403 | 415;
  code: CrossSiteRefusalCode;
  message: string;
}

export interface StateChangingRequest {
  method: string;
  headers: Headers;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CROSS_SITE_MESSAGE = 'This request came from another site and was refused.';
export const MEDIA_TYPE_MESSAGE = 'Send the request body as application/json.';

/**
 * Null when the request may proceed; otherwise why it is refused. `allowedOrigins` are full origins
 * (`https://example.com`): the public origin and the origin the request was addressed to.
 */
export function crossSiteRefusalOf(
  request: StateChangingRequest,
  allowedOrigins: readonly string[],
): CrossSiteRefusal | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;

  const origin = request.headers.get('origin');
  if (origin !== null) {
    // "null" is what sandboxed frames, data: URLs and some redirects send: never our own pages.
    if (origin === 'null' || !allowedOrigins.includes(origin.toLowerCase())) {
      return { status: 403, code: 'CROSS_SITE_REQUEST', message: CROSS_SITE_MESSAGE };
    }
  } else {
    // Same-site is a sibling subdomain: still another origin, still refused.
    const fetchSite = request.headers.get('sec-fetch-site');
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
      return { status: 403, code: 'CROSS_SITE_REQUEST', message: CROSS_SITE_MESSAGE };
    }
    // Neither header: not a browser (curl, server-to-server), so no ambient cookie to abuse.
  }

  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: MEDIA_TYPE_MESSAGE };
  }
  return null;
}

/** The origins a same-origin request may name: the public one, and the one it was sent to. */
export function allowedOriginsFor(requestUrl: string, publicUrl: string): string[] {
  const origins = new Set([new URL(publicUrl).origin.toLowerCase()]);
  try {
    origins.add(new URL(requestUrl).origin.toLowerCase());
  } catch {
    // A relative or malformed URL adds nothing.
  }
  return [...origins];
}
