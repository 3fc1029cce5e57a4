import { describe, expect, it } from 'vitest';
import { sourceForInline } from './content-security-policy';
import { type RenderedPage, SharedPageCache } from './shared-page-cache';

/** A cache over a fake renderer that writes the markers where Next would, and counts its renders. */
function setup(
  options: {
    status?: number;
    ttlMs?: number;
    staleMs?: number;
    maxEntries?: number;
    fail?: boolean;
    shareable?: boolean;
  } = {},
) {
  let now = 1_000_000;
  const renders: string[] = [];
  const errors: string[] = [];
  let release: (() => void) | undefined;
  let hold = false;
  const cache = new SharedPageCache({
    ttlMs: options.ttlMs ?? 2000,
    staleMs: options.staleMs ?? 0,
    maxEntries: options.maxEntries ?? 10,
    now: () => now,
    onRenderError: (slug) => errors.push(slug),
    render: async (slug, markers): Promise<RenderedPage> => {
      renders.push(slug);
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      if (options.fail) throw new Error('render failed');
      return {
        status: options.status ?? 200,
        html: `<meta name="liqlab-request-id" content="${markers.requestId}"><script nonce="${markers.nonce}">a</script><script nonce="${markers.nonce}">b</script><h1>${slug} #${renders.length}</h1>`,
        ...(options.shareable ? { shareable: true } : {}),
      };
    },
  });
  return {
    cache,
    renders,
    errors,
    advance: (ms: number) => (now += ms),
    holdRenders: () => (hold = true),
    releaseRender: () => release?.(),
  };
}

const stamp = { nonce: 'n', requestId: 'r' };

describe('SharedPageCache', () => {
  it('answers null at first and renders in the background; then stamps every copy with its own nonce and request id', async () => {
    const { cache, renders } = setup();
    expect(cache.page('abc', stamp)).toBeNull();
    await cache.refresh('abc');
    expect(renders).toEqual(['abc']);
    const first = cache.page('abc', { nonce: 'NONCE-ONE', requestId: 'req-one-1234' });
    const second = cache.page('abc', { nonce: 'NONCE-TWO', requestId: 'req-two-1234' });
    expect(renders).toEqual(['abc']);
    expect(first?.html.match(/nonce="NONCE-ONE"/g)).toHaveLength(2);
    expect(first?.html).toContain('content="req-one-1234"');
    expect(second?.html.match(/nonce="NONCE-TWO"/g)).toHaveLength(2);
    expect(second?.html).not.toContain('NONCE-ONE');
    expect(second?.html).not.toMatch(/render-/);
    expect(second?.status).toBe(200);
  });

  it('stops serving an entry once it is older than the TTL, and refills it', async () => {
    const { cache, renders, advance } = setup({ ttlMs: 2000 });
    await cache.refresh('abc');
    advance(1999);
    expect(cache.page('abc', stamp)?.html).toContain('abc #1');
    advance(1);
    expect(cache.page('abc', stamp)).toBeNull();
    await cache.refresh('abc');
    expect(renders).toHaveLength(2);
    expect(cache.page('abc', stamp)?.html).toContain('abc #2');
  });

  it('serves an expired entry for up to staleMs while one re-render runs, then stops', async () => {
    const { cache, renders, advance, holdRenders, releaseRender } = setup({ ttlMs: 2000, staleMs: 5000 });
    await cache.refresh('abc');
    holdRenders();
    advance(2000);
    expect(cache.page('abc', stamp)?.html).toContain('abc #1'); // stale, re-render started
    advance(4999);
    expect(cache.page('abc', stamp)?.html).toContain('abc #1');
    expect(renders).toHaveLength(2); // one re-render for all of them
    advance(1);
    expect(cache.page('abc', stamp)).toBeNull(); // too old to serve
    releaseRender();
    await cache.refresh('abc');
    expect(cache.page('abc', stamp)?.html).toContain('abc #2');
  });

  it('renders a cold slug once for a burst of visitors', async () => {
    const { cache, renders, holdRenders, releaseRender } = setup();
    holdRenders();
    const answers = Array.from({ length: 50 }, () => cache.page('cold', stamp));
    expect(answers.every((answer) => answer === null)).toBe(true);
    const done = cache.refresh('cold');
    releaseRender();
    await done;
    expect(renders).toEqual(['cold']);
    expect(cache.page('cold', stamp)).not.toBeNull();
  });

  it('keeps "not found" like a page, but never an error status or a failed render', async () => {
    const missing = setup({ status: 404 });
    await missing.cache.refresh('gone');
    expect(missing.cache.page('gone', stamp)?.status).toBe(404);

    const broken = setup({ status: 500 });
    await broken.cache.refresh('bad');
    expect(broken.cache.page('bad', stamp)).toBeNull();
    expect(broken.cache.size).toBe(0);

    const failing = setup({ fail: true });
    await failing.cache.refresh('x');
    expect(failing.cache.page('x', stamp)).toBeNull();
    expect(failing.errors).toEqual(['x']);
  });

  it('keeps at most maxEntries slugs, dropping the oldest fill first', async () => {
    const { cache } = setup({ maxEntries: 2 });
    for (const slug of ['a', 'b', 'c']) await cache.refresh(slug);
    expect(cache.size).toBe(2);
    expect(cache.page('a', stamp)).toBeNull();
    expect(cache.page('b', stamp)).not.toBeNull();
    expect(cache.page('c', stamp)).not.toBeNull();
  });

  it('keeps a shareable page as one fixed copy for everybody: no nonce, one request id, its inline scripts hashed', async () => {
    const { cache, advance } = setup({ shareable: true });
    await cache.refresh('pub');
    advance(1500);
    const first = cache.page('pub', { nonce: 'NONCE-ONE', requestId: 'req-one-1234' });
    const second = cache.page('pub', { nonce: 'NONCE-TWO', requestId: 'req-two-1234' });
    expect(second?.html).toBe(first?.html);
    expect(first?.html).not.toMatch(/nonce=|NONCE-|req-one|render-/);
    expect(first?.html).toMatch(/content="cached-[A-Za-z0-9_-]{16}"/);
    expect(first?.fixed).toEqual({ scripts: [sourceForInline('a'), sourceForInline('b')], styles: [] });
    expect(first?.ageMs).toBe(1500);
  });

  it('never fixes a page its renderer did not mark shareable, nor a shareable page that is not there', async () => {
    const unlisted = setup();
    await unlisted.cache.refresh('u');
    expect(unlisted.cache.page('u', stamp)?.fixed).toBeUndefined();
    const gone = setup({ shareable: true, status: 404 });
    await gone.cache.refresh('g');
    const page = gone.cache.page('g', { nonce: 'NONCE-404', requestId: 'req-404-1234' });
    expect(page?.fixed).toBeUndefined();
    expect(page?.html).toContain('nonce="NONCE-404"');
  });
});
