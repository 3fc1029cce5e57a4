/**
 * Rendered shared-scenario pages for visitors without a session, kept for a few seconds per slug.
 * Each entry is rendered with a secret marker where the CSP nonce goes (and another for the request
 * id); every copy served gets the markers replaced by its own fresh nonce and request id, so cached
 * pages keep a per-response nonce like any other page.
 *
 * Nobody waits for the cache: a request that finds no entry gets the page rendered for it as usual,
 * and one render per slug fills the entry in the background for the requests after it. An entry past
 * its `ttlMs` is still served for up to `staleMs` more while its re-render runs, so a busy link never
 * falls back to every request rendering at once.
 *
 * A page its renderer marks `shareable` (a public scenario: the same for every visitor without a
 * session) is kept as one fixed copy instead — no nonce, one request id — with the hashes of its
 * inline scripts and styles, so it can be served under a hash-based CSP and stored by a CDN.
 *
 * Freshness: an edit, a deletion or a switch to private reaches visitors without a session within
 * `ttlMs` (plus the time one re-render takes, at most `staleMs`); an owner, who has a session, always
 * sees the current state. Entries are per app instance.
 */
import { randomBytes } from 'node:crypto';
import { type InlineSources, inlineSourcesOf } from './static-page-csp';

export interface RenderedPage {
  status: number;
  html: string;
  /** The same for every visitor without a session, so it may be one fixed copy a CDN can store. */
  shareable?: boolean;
}

/** A copy to send: `fixed` (the hash sources its CSP must allow) when it is a shareable page's fixed copy. */
export interface ServedPage {
  status: number;
  html: string;
  fixed?: InlineSources;
  /** How long ago the copy was rendered. */
  ageMs: number;
}

export interface SharedPageCacheOptions {
  /** Renders the page for `slug` with the markers in place of a nonce and a request id. */
  render: (slug: string, markers: { nonce: string; requestId: string }) => Promise<RenderedPage>;
  ttlMs: number;
  /** How long past `ttlMs` an entry may still be served while it is being re-rendered. */
  staleMs: number;
  /** Most slugs kept; the least recently filled one goes first. */
  maxEntries: number;
  onRenderError?: (slug: string, error: unknown) => void;
  now?: () => number;
}

interface Entry {
  page: RenderedPage;
  /** A shareable page's one copy for everybody: markers replaced once, inline sources hashed. */
  fixed?: { html: string; sources: InlineSources };
  renderedAt: number;
  expiresAt: number;
}

/** Statuses that are the same for every visitor without a session; anything else is never kept. */
const KEPT_STATUSES = new Set([200, 404]);

export class SharedPageCache {
  /** Base64 like a real nonce, so the page renders as it would with one; never leaves this process. */
  readonly #nonceMarker = randomBytes(18).toString('base64');
  readonly #requestIdMarker = `render-${randomBytes(18).toString('base64url')}`;
  readonly #entries = new Map<string, Entry>();
  readonly #rendering = new Map<string, Promise<void>>();
  readonly #options: SharedPageCacheOptions;
  readonly #now: () => number;

  constructor(options: SharedPageCacheOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /**
   * The kept page for `slug` with `stamp` in place of the markers, or null when there is none (or it
   * is too old to serve). A missing or expired entry starts a background render, unless one is under way.
   */
  page(slug: string, stamp: { nonce: string; requestId: string }): ServedPage | null {
    const entry = this.#entries.get(slug);
    const now = this.#now();
    if (!entry || now >= entry.expiresAt) this.refresh(slug);
    if (entry && now < entry.expiresAt + this.#options.staleMs) {
      const ageMs = now - entry.renderedAt;
      if (entry.fixed) {
        return { status: entry.page.status, html: entry.fixed.html, fixed: entry.fixed.sources, ageMs };
      }
      return {
        ageMs,
        status: entry.page.status,
        html: entry.page.html
          .replaceAll(this.#nonceMarker, stamp.nonce)
          .replaceAll(this.#requestIdMarker, stamp.requestId),
      };
    }
    return null;
  }

  /** Renders `slug` into the cache unless a render is under way; resolves when it is done. */
  refresh(slug: string): Promise<void> {
    const underWay = this.#rendering.get(slug);
    if (underWay) return underWay;
    const started = this.#now();
    const rendering = this.#options
      .render(slug, { nonce: this.#nonceMarker, requestId: this.#requestIdMarker })
      .then(
        (page) => {
          if (KEPT_STATUSES.has(page.status)) {
            const fixed = page.shareable && page.status === 200 ? this.#fixedCopy(page.html) : undefined;
            this.#keep(slug, {
              page,
              ...(fixed ? { fixed } : {}),
              renderedAt: started,
              expiresAt: started + this.#options.ttlMs,
            });
          } else this.#entries.delete(slug);
        },
        (error: unknown) => {
          this.#entries.delete(slug);
          this.#options.onRenderError?.(slug, error);
        },
      )
      .finally(() => this.#rendering.delete(slug));
    this.#rendering.set(slug, rendering);
    return rendering;
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * The copy everybody gets: no nonce (its CSP allows its inline scripts and styles by hash, which a
   * stored copy can keep, unlike a nonce), and one request id, that of this copy.
   */
  #fixedCopy(html: string): { html: string; sources: InlineSources } {
    const copyId = `cached-${randomBytes(12).toString('base64url')}`;
    const fixed = html
      .replaceAll(` nonce="${this.#nonceMarker}"`, '')
      .replaceAll(this.#nonceMarker, '')
      .replaceAll(this.#requestIdMarker, copyId);
    return { html: fixed, sources: inlineSourcesOf(fixed) };
  }

  #keep(slug: string, entry: Entry): void {
    this.#entries.delete(slug); // re-inserted last: Map order is fill order, oldest first
    this.#entries.set(slug, entry);
    while (this.#entries.size > this.#options.maxEntries) {
      this.#entries.delete(this.#entries.keys().next().value as string);
    }
  }
}
