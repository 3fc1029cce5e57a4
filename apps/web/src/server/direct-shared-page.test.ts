import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DIRECT_SHARED_PAGE_HANDLER as SERVER_LOOKS_UP } from '../../scripts/production-server.mjs';
import type { SharedPageCopy } from './shared-page-copy';
import type { SharedPageRequest } from './shared-page-routing';
import { type Answer, readAnswer } from './testing/read-answer';

/** What the shared-page cache was asked, and the copy it has (or not): the transport is under test. */
const cache = vi.hoisted(() => ({
  asked: [] as { request: SharedPageRequest; requestId: string; isHttps: boolean }[],
  copy: null as SharedPageCopy | null,
}));

vi.mock('./shared-page-copy', () => ({
  sharedPageCopyFor: (request: SharedPageRequest, options: { requestId: string; isHttps: boolean }) => {
    cache.asked.push({ request, ...options });
    return cache.copy;
  },
}));

const { answerSharedPageDirectly, DIRECT_SHARED_PAGE_HANDLER } = await import('./direct-shared-page');
const { STATIC_SECURITY_HEADERS } = await import('./security-headers');

const HTML = `<!DOCTYPE html><html><body>${'<p>a shared scenario</p>'.repeat(200)}</body></html>`;
const fixedCopy: SharedPageCopy = {
  status: 200,
  html: HTML,
  fixed: true,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'public, max-age=0, s-maxage=2, stale-while-revalidate=5',
    vary: 'Cookie, RSC, Next-Router-State-Tree, Next-Router-Prefetch, Accept-Encoding',
    'content-security-policy': "script-src 'self' 'sha256-x'",
    'x-liqlab-cache': 'hit',
  },
};

let server: http.Server;
let port: number;
let passedToNext: string[];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (answerSharedPageDirectly(request, response)) return;
    passedToNext.push(request.url ?? '');
    response.end('next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  cache.asked.length = 0;
  cache.copy = null;
  passedToNext = [];
});

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers, agent: false }, (response) =>
        readAnswer(response).then(resolve, reject),
      )
      .on('error', reject);
  });
}

describe('answerSharedPageDirectly', () => {
  it('leaves every other path to Next without asking the cache', async () => {
    cache.copy = fixedCopy;
    for (const path of ['/sandbox', '/s', '/api/trpc/x', '/learn/s/x'])
      expect((await get(path)).body.toString()).toBe('next');
    expect(cache.asked).toHaveLength(0);
  });

  it('leaves the page to Next when the cache holds no copy for this request', async () => {
    const answer = await get('/s/abc?x=1', {
      cookie: 'better-auth.session_token=t',
      'x-request-id': 'given-request-id-2',
    });
    expect(answer.body.toString()).toBe('next');
    expect(cache.asked).toEqual([
      {
        request: expect.objectContaining({ method: 'GET', pathname: '/s/abc', search: '?x=1' }),
        requestId: 'given-request-id-2',
        isHttps: false,
      },
    ]);
    expect(cache.asked[0]!.request.headers.get('cookie')).toBe('better-auth.session_token=t');
  });

  it('sends a kept copy with its headers, the fixed security headers and the request id', async () => {
    cache.copy = fixedCopy;
    const answer = await get('/s/abc');
    expect(passedToNext).toEqual([]);
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe(HTML);
    for (const [key, value] of Object.entries(fixedCopy.headers)) expect(answer.headers[key]).toBe(value);
    for (const { key, value } of STATIC_SECURITY_HEADERS)
      expect(answer.headers[key.toLowerCase()]).toBe(value);
    expect(answer.headers['x-request-id']).toBe(cache.asked[0]!.requestId);
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(HTML)));
  });

  it('gzips for a client that accepts it, the same bytes for every visitor of a fixed copy', async () => {
    cache.copy = fixedCopy;
    const first = await get('/s/abc', { 'accept-encoding': 'gzip, br' });
    const second = await get('/s/abc', { 'accept-encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(first.body).toString()).toBe(HTML);
    expect(first.body.byteLength).toBeLessThan(Buffer.byteLength(HTML) / 10);
    expect(second.body.equals(first.body)).toBe(true);
    expect(first.headers['content-length']).toBe(String(first.body.byteLength));
  });

  it('marks a stamped copy as varying with Accept-Encoding, and keeps its status', async () => {
    cache.copy = {
      ...fixedCopy,
      status: 404,
      fixed: false,
      headers: { 'cache-control': 'private, no-store' },
    };
    const answer = await get('/s/gone', { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(404);
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(gunzipSync(answer.body).toString()).toBe(HTML);
  });

  it('is registered under the key the production server looks it up by', () => {
    expect(DIRECT_SHARED_PAGE_HANDLER).toBe(SERVER_LOOKS_UP);
  });
});
