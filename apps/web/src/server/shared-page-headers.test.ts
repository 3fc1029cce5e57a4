import { describe, expect, it } from 'vitest';
import { sharedPageCopyHeaders } from './shared-page-headers';

const page = { status: 200, html: '<h1>x</h1>', ageMs: 1400 };

describe('sharedPageCopyHeaders', () => {
  it('lets a shared cache keep a fixed copy as long as the instance keeps it, counted from the render', () => {
    const headers = sharedPageCopyHeaders({ ...page, fixed: { scripts: [], styles: [] } });
    const cacheControl = headers['cache-control']!.split(', ');
    expect(cacheControl).toEqual(
      expect.arrayContaining(['public', 'max-age=0', 's-maxage=2', 'stale-while-revalidate=5']),
    );
    expect(cacheControl).not.toContain('private');
    expect(headers.age).toBe('1');
    expect(headers.vary!.split(', ')).toEqual(expect.arrayContaining(['Cookie', 'RSC']));
    expect(headers['x-liqlab-cache']).toBe('hit');
  });

  it('keeps every other copy (its nonce is this response’s alone) out of every cache', () => {
    const headers = sharedPageCopyHeaders(page);
    expect(headers['cache-control']).toMatch(/\bprivate\b/);
    expect(headers['cache-control']).toMatch(/\bno-store\b/);
    expect(headers['cache-control']).not.toMatch(/\bpublic\b|s-maxage/);
    expect(headers.age).toBeUndefined();
  });
});
