import { createHash } from 'node:crypto';
import { HOLD_EARLY_ACTION_SCRIPT } from '../lib/hold-early-action';
import { START_SCRIPTS_AFTER_FIRST_PAINT } from '../lib/scripts-after-first-paint';
import { THEME_BOOT_SCRIPT } from '../lib/theme-preference';

/**
 * The Content-Security-Policy of every response, built per request. Scripts come from this origin
 * ('self': Next's chunks, the chart library, the engine); inline scripts run only when the policy
 * names them, and how depends on how the page was made:
 *
 * - Rendered per request: Next.js streams inline bootstrap scripts (`self.__next_f.push(…)`) whose
 *   content differs per request, so a per-request nonce covers them. Next reads the nonce back from
 *   the request's CSP header and stamps it on its own scripts and styles.
 * - Prerendered at build time (lessons, home, the 404 page): the HTML is fixed, so the build lists the
 *   hash of each of its inline scripts (scripts/static-page-csp.ts) and the policy allows those.
 *
 * The root layout's three constant scripts, the same on every page (the theme, the early-action hold
 * and the start of the page's scripts after the first paint), are always allowed by their hashes. No
 * 'strict-dynamic': it would make browsers ignore 'self', and a prerendered page's <script src> tags
 * carry no nonce. No 'unsafe-inline', and 'unsafe-eval' only under `next dev`.
 */
export interface PagePolicyOptions {
  /** Fresh for each request; absent for a prerendered page. */
  nonce?: string;
  /** Hash sources of inline scripts and styles allowed besides the nonce (a prerendered page's). */
  scripts: readonly string[];
  styles: readonly string[];
  /** `next dev` only: React rebuilds server error stacks with eval. Never in production. */
  isDevelopment: boolean;
  /** Served over https: upgrade any stray http subresource. */
  isHttps: boolean;
}

type Directives = Record<string, readonly string[]>;

/** The CSP source for text whose SHA-256 is `hash` (base64). */
export function hashSource(hash: string): string {
  return `'sha256-${hash}'`;
}

/** The CSP source allowing exactly `text` as an inline script or style. */
export function sourceForInline(text: string): string {
  return hashSource(createHash('sha256').update(text, 'utf8').digest('base64'));
}

/** The root layout's pre-paint theme script (it must run before the first paint, so it is inline). */
export const THEME_BOOT_SCRIPT_HASH = sourceForInline(THEME_BOOT_SCRIPT);

/** The root layout's early-action hold (it must listen before any form or button exists: inline). */
export const HOLD_EARLY_ACTION_SCRIPT_HASH = sourceForInline(HOLD_EARLY_ACTION_SCRIPT);

/** The root layout's start of the page's scripts once the first paint is on screen. */
export const START_SCRIPTS_AFTER_FIRST_PAINT_HASH = sourceForInline(START_SCRIPTS_AFTER_FIRST_PAINT);

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

export function pageContentSecurityPolicy(options: PagePolicyOptions): string {
  const { nonce, isDevelopment, isHttps } = options;
  const byNonce = nonce === undefined ? [] : [`'nonce-${nonce}'`];
  const directives: Directives = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      ...byNonce,
      THEME_BOOT_SCRIPT_HASH,
      HOLD_EARLY_ACTION_SCRIPT_HASH,
      START_SCRIPTS_AFTER_FIRST_PAINT_HASH,
      ...options.scripts,
      ...(isDevelopment ? ["'unsafe-eval'"] : []),
    ],
    // <style> elements need the nonce or their hash. Inline style *attributes* (React's style={…}
    // rendered on the server, chart libraries) cannot carry either; they cannot run code, so they are
    // allowed on their own directive.
    'style-src': ["'self'", ...byNonce, ...options.styles, CHART_ATTRIBUTION_STYLE_HASH],
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
