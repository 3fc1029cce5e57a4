import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, webHeadersOf } from './node-http';

describe('webHeadersOf', () => {
  it('keeps every header, joining repeated ones', () => {
    const headers = webHeadersOf({
      rawHeaders: ['Host', 'a.test', 'Accept', 'text/html', 'accept', 'application/json', 'Cookie', 'x=1'],
    } as IncomingMessage);
    expect(headers.get('host')).toBe('a.test');
    expect(headers.get('accept')).toBe('text/html, application/json');
    expect(headers.get('cookie')).toBe('x=1');
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as RFC 9110 weights it', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0.000')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('x-gzip-ish')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
