import { describe, expect, it } from 'vitest';
import { cacheableSharedPageSlug, RENDER_NONCE_HEADER } from './shared-page-routing';

function request(
  overrides: { method?: string; pathname?: string; search?: string; headers?: Record<string, string> } = {},
) {
  return {
    method: overrides.method ?? 'GET',
    pathname: overrides.pathname ?? '/s/Abc_12-xyz',
    search: overrides.search ?? '',
    headers: new Headers(overrides.headers ?? { accept: 'text/html', cookie: 'theme=dark' }),
  };
}

describe('cacheableSharedPageSlug', () => {
  it('takes a plain page request without a session', () => {
    expect(cacheableSharedPageSlug(request())).toBe('Abc_12-xyz');
    expect(cacheableSharedPageSlug(request({ headers: {} }))).toBe('Abc_12-xyz');
  });

  it('leaves visitors with a session to the page (an owner may see a private scenario)', () => {
    for (const cookie of [
      'better-auth.session_token=abc.def',
      'theme=dark; better-auth.session_token=abc.def',
      '__Secure-better-auth.session_token=abc.def',
    ]) {
      expect(cacheableSharedPageSlug(request({ headers: { cookie } })), cookie).toBeNull();
    }
    // A cookie whose name merely contains it is not a session.
    const lookalike = request({ headers: { cookie: 'x-better-auth.session_token_hint=1' } });
    expect(cacheableSharedPageSlug(lookalike)).toBe('Abc_12-xyz');
  });

  it('leaves client-side navigations, query strings, other methods and other paths alone', () => {
    expect(cacheableSharedPageSlug(request({ headers: { rsc: '1' } }))).toBeNull();
    expect(cacheableSharedPageSlug(request({ headers: { 'next-router-prefetch': '1' } }))).toBeNull();
    expect(cacheableSharedPageSlug(request({ search: '?_rsc=1x2y' }))).toBeNull();
    expect(cacheableSharedPageSlug(request({ method: 'POST' }))).toBeNull();
    expect(cacheableSharedPageSlug(request({ method: 'HEAD' }))).toBeNull();
    expect(cacheableSharedPageSlug(request({ pathname: '/s/abc/opengraph-image' }))).toBeNull();
    expect(cacheableSharedPageSlug(request({ pathname: '/s/' }))).toBeNull();
    expect(cacheableSharedPageSlug(request({ pathname: `/s/${'a'.repeat(65)}` }))).toBeNull();
    expect(cacheableSharedPageSlug(request({ pathname: '/s/a.b' }))).toBeNull();
    expect(cacheableSharedPageSlug(request({ pathname: '/sandbox' }))).toBeNull();
  });

  it("never answers the cache's own render request from the cache", () => {
    const render = request({ headers: { [RENDER_NONCE_HEADER]: 'AAAAAAAAAAAAAAAAAAAAAAAA' } });
    expect(cacheableSharedPageSlug(render)).toBeNull();
  });
});
