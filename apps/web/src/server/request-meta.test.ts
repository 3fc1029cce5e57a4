import { describe, expect, it } from 'vitest';
import { clientIpOf, requestIdOf } from './request-meta';

const withXff = (value: string) => new Headers({ 'x-forwarded-for': value });

describe('clientIpOf', () => {
  it('ignores X-Forwarded-For (and X-Real-IP) when no proxy is trusted: the client writes those', () => {
    expect(clientIpOf(withXff('203.0.113.9'), 0)).toBeNull();
    expect(clientIpOf(new Headers({ 'x-real-ip': '203.0.113.9' }), 0)).toBeNull();
  });

  it('takes the address the one trusted proxy appended (rightmost), not a forged one to its left', () => {
    expect(clientIpOf(withXff('1.1.1.1, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientIpOf(withXff('203.0.113.9'), 1)).toBe('203.0.113.9');
  });

  it('takes the Nth address from the right with N trusted proxies', () => {
    // client forged 6.6.6.6; CDN saw 203.0.113.9; the load balancer saw the CDN at 10.0.0.2
    expect(clientIpOf(withXff('6.6.6.6, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9');
    expect(clientIpOf(withXff('6.6.6.6,203.0.113.9,10.0.0.2'), 3)).toBe('6.6.6.6');
  });

  it('vouches for nothing when there are fewer addresses than trusted proxies', () => {
    expect(clientIpOf(withXff('203.0.113.9'), 2)).toBeNull();
    expect(clientIpOf(new Headers(), 1)).toBeNull();
  });

  it('normalises ports, brackets and IPv4-mapped IPv6, and refuses what is not an address', () => {
    expect(clientIpOf(withXff('203.0.113.9:51234'), 1)).toBe('203.0.113.9');
    expect(clientIpOf(withXff('[2001:DB8::1]:443'), 1)).toBe('2001:db8::1');
    expect(clientIpOf(withXff('::ffff:203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientIpOf(withXff('unknown'), 1)).toBeNull();
    expect(clientIpOf(withXff('<script>'), 1)).toBeNull();
  });
});

describe('requestIdOf', () => {
  it('keeps a well-formed incoming id and replaces anything else', () => {
    expect(requestIdOf(new Headers({ 'x-request-id': 'abc-12345678' }))).toBe('abc-12345678');
    const fresh = requestIdOf(new Headers({ 'x-request-id': 'bad id <with> spaces' }));
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
  });
});
