import { describe, expect, it } from 'vitest';
import { allowedOriginsFor, crossSiteRefusalOf } from './cross-site-request';

const ORIGINS = allowedOriginsFor('http://127.0.0.1:3100/api/trpc/account.delete', 'https://lab.example.com');

function post(headers: Record<string, string>, method = 'POST') {
  return crossSiteRefusalOf({ method, headers: new Headers(headers) }, ORIGINS);
}

const JSON_BODY = { 'content-type': 'application/json' };

describe('crossSiteRefusalOf', () => {
  it('lets a same-origin JSON POST through, from the public origin or the one the request was sent to', () => {
    expect(post({ ...JSON_BODY, origin: 'https://lab.example.com' })).toBeNull();
    expect(post({ ...JSON_BODY, origin: 'http://127.0.0.1:3100' })).toBeNull();
    expect(
      post({ 'content-type': 'application/json; charset=utf-8', origin: 'HTTPS://LAB.EXAMPLE.COM' }),
    ).toBeNull();
  });

  it('refuses another origin with 403 CROSS_SITE_REQUEST, even when it sends JSON', () => {
    for (const origin of [
      'https://evil.example',
      'https://lab.example.com.evil.example',
      'http://lab.example.com',
      'null',
    ]) {
      expect(post({ ...JSON_BODY, origin })).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });
    }
  });

  it('falls back to Sec-Fetch-Site when there is no Origin', () => {
    expect(post({ ...JSON_BODY, 'sec-fetch-site': 'cross-site' })).toMatchObject({ status: 403 });
    expect(post({ ...JSON_BODY, 'sec-fetch-site': 'same-site' })).toMatchObject({ status: 403 });
    expect(post({ ...JSON_BODY, 'sec-fetch-site': 'same-origin' })).toBeNull();
    expect(post({ ...JSON_BODY, 'sec-fetch-site': 'none' })).toBeNull();
  });

  it('lets a non-browser client (neither header) through when it sends JSON', () => {
    expect(post(JSON_BODY)).toBeNull();
  });

  it('refuses bodies that are not JSON with 415, the kinds an HTML form can send', () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      expect(post({ 'content-type': type, origin: 'http://127.0.0.1:3100' })).toMatchObject({
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      });
    }
    expect(post({ origin: 'http://127.0.0.1:3100' })).toMatchObject({ status: 415 });
  });

  it('reports a cross-site form POST as cross-site rather than as a media-type problem', () => {
    expect(post({ 'content-type': 'text/plain', origin: 'https://evil.example' })).toMatchObject({
      status: 403,
    });
  });

  it('does not inspect safe methods (tRPC queries are GETs)', () => {
    expect(post({ origin: 'https://evil.example' }, 'GET')).toBeNull();
    expect(post({ 'sec-fetch-site': 'cross-site' }, 'HEAD')).toBeNull();
  });

  it('checks every other state-changing method', () => {
    expect(post({ ...JSON_BODY, origin: 'https://evil.example' }, 'DELETE')).toMatchObject({ status: 403 });
  });
});

describe('allowedOriginsFor', () => {
  it('holds the public origin and the request origin once each, lower-cased', () => {
    expect(allowedOriginsFor('http://LOCALHOST:3000/api/trpc/x', 'http://localhost:3000/')).toEqual([
      'http://localhost:3000',
    ]);
  });
});
