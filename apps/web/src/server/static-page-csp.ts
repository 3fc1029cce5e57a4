import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceForInline } from './content-security-policy';

/**
 * The inline scripts and styles of the pages Next.js prerenders at build time, as CSP hash sources,
 * by path. `pnpm build` writes them (scripts/static-page-csp.ts) once the HTML exists; proxy.ts sends a
 * prerendered page a policy that allows exactly those, since a fixed page cannot carry a fresh nonce.
 */
export interface InlineSources {
  scripts: string[];
  styles: string[];
}

export type StaticPageCsp = Record<string, InlineSources>;

/** Where the build leaves the table, beside Next's own output. */
export const STATIC_PAGE_CSP_FILE = 'static-page-csp.json';

// Next's HTML is generated, not hand-written: a <script> without src holds its code up to the first
// "</script>" (which Next escapes inside its payloads), and a <style> likewise.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

/** The hash sources of every non-empty inline script and style element of `html`, without repeats. */
export function inlineSourcesOf(html: string): InlineSources {
  const collect = (pattern: RegExp) => [
    ...new Set(
      [...html.matchAll(pattern)]
        .map((match) => match[1] ?? '')
        .filter((text) => text.length > 0)
        .map(sourceForInline),
    ),
  ];
  return { scripts: collect(INLINE_SCRIPT), styles: collect(INLINE_STYLE) };
}

/** The key of the 404 page, which Next serves for any unknown path. */
export const NOT_FOUND_PAGE = '/_not-found';

/**
 * The URL path of a prerendered HTML file under .next/server/app (`index.html` is "/", the 404 page
 * NOT_FOUND_PAGE); null for Next's other internal documents.
 */
export function routeOfPrerenderedFile(relativePath: string): string | null {
  const withoutExtension = relativePath
    .split(path.sep)
    .join('/')
    .replace(/\.html$/, '');
  if (withoutExtension === '_not-found') return NOT_FOUND_PAGE;
  if (withoutExtension.split('/').some((segment) => segment.startsWith('_'))) return null;
  if (withoutExtension === 'index') return '/';
  return `/${withoutExtension.replace(/\/index$/, '')}`;
}

let loaded: StaticPageCsp | undefined;

/**
 * The inline sources of the prerendered page at `pathname` (or of NOT_FOUND_PAGE), or null for a page
 * rendered per request.
 * Read once from the build output; `next dev` has none, so every page gets a nonce there.
 */
export function prerenderedPageSources(
  pathname: string,
  distDir = path.join(process.cwd(), '.next'),
): InlineSources | null {
  if (loaded === undefined) {
    try {
      loaded = JSON.parse(readFileSync(path.join(distDir, STATIC_PAGE_CSP_FILE), 'utf8')) as StaticPageCsp;
    } catch {
      loaded = {};
    }
  }
  return Object.hasOwn(loaded, pathname) ? (loaded[pathname] ?? null) : null;
}
