/**
 * The Content-Security-Policy of every response, built per request.
 *
 * Pages: Next.js streams inline bootstrap scripts (`self.__next_f.push(…)`) whose content differs
 * per page and per request, so hashes cannot cover them; a per-request nonce can. Next reads the
 * nonce back from the request's CSP header and stamps it on its own scripts and styles; with
 * 'strict-dynamic', scripts those load are trusted too, so no host list is needed.
 */
export interface PagePolicyOptions {
  /** Base64 nonce, fresh for each request. */
  nonce: string;
  /** `next dev` only: React rebuilds server error stacks with eval. Never in production. */
  isDevelopment: boolean;
  /** Served over https: upgrade any stray http subresource. */
  isHttps: boolean;
}

type Directives = Record<string, readonly string[]>;

/**
 * lightweight-charts (5.x) injects one constant <style> for its TradingView attribution logo (which
 * its licence asks us to show). A nonce cannot reach a library's own element, so its exact text is
 * allowed by hash; if an upgrade changes that text, the CSP e2e test on /sandbox reports the new hash.
 */
export const CHART_ATTRIBUTION_STYLE_HASH = "'sha256-3pRED1tOXas1FXFoPb9TGCjmYe9XQsmO9OV23khV2nY='";

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => (sources.length ? `${name} ${sources.join(' ')}` : name))
    .join('; ');
}

export function pageContentSecurityPolicy({ nonce, isDevelopment, isHttps }: PagePolicyOptions): string {
  const directives: Directives = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(isDevelopment ? ["'unsafe-eval'"] : []),
    ],
    // <style> elements need the nonce (Next stamps it on its own). Inline style *attributes*
    // (React's style={…} rendered on the server, chart libraries) cannot carry a nonce; they cannot
    // run code either, so they are allowed on their own directive.
    'style-src': ["'self'", `'nonce-${nonce}'`, CHART_ATTRIBUTION_STYLE_HASH],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(isDevelopment ? ['ws:'] : [])],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(isHttps ? { 'upgrade-insecure-requests': [] } : {}),
  };
  return serialise(directives);
}

/** API responses are data, never documents: nothing may load, run or frame them. */
export function apiContentSecurityPolicy(): string {
  return serialise({
    'default-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  });
}

/** 128 random bits, base64: what CSP's nonce-source grammar accepts. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
