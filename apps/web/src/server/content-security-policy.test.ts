import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  apiContentSecurityPolicy,
  CHART_ATTRIBUTION_STYLE_HASH,
  createNonce,
  pageContentSecurityPolicy,
} from './content-security-policy';
import { strictTransportSecurityFor } from './security-headers';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const production = pageContentSecurityPolicy({ nonce: 'abc123==', isDevelopment: false, isHttps: false });

describe('pageContentSecurityPolicy', () => {
  it('allows scripts only by nonce (and what those load), never eval, in production', () => {
    const d = directives(production);
    expect(d.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(production).not.toContain('unsafe-eval');
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('allows eval in development only (React rebuilds server stacks with it)', () => {
    const dev = pageContentSecurityPolicy({ nonce: 'n', isDevelopment: true, isHttps: false });
    expect(directives(dev).get('script-src')).toContain("'unsafe-eval'");
  });

  it('locks down framing, plugins, base and form targets, and where the page may connect', () => {
    const d = directives(production);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });

  it('needs the nonce for <style> elements and allows only inert style attributes', () => {
    const d = directives(production);
    expect(d.get('style-src')).toEqual(["'self'", "'nonce-abc123=='", CHART_ATTRIBUTION_STYLE_HASH]);
    expect(d.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('allows the chart library’s attribution <style> by the hash of its exact text', () => {
    // Copied from lightweight-charts 5.x (attribution logo); the hash must be of exactly this text.
    const css =
      'a#tv-attr-logo{--fill:#131722;--stroke:#fff;position:absolute;left:10px;bottom:10px;height:19px;width:35px;margin:0;padding:0;border:0;z-index:3;}a#tv-attr-logo[data-dark]{--fill:#D1D4DC;--stroke:#131722;}';
    const hash = createHash('sha256').update(css).digest('base64');
    expect(CHART_ATTRIBUTION_STYLE_HASH).toBe(`'sha256-${hash}'`);
  });

  it('upgrades insecure requests only over https', () => {
    expect(directives(production).has('upgrade-insecure-requests')).toBe(false);
    const https = pageContentSecurityPolicy({ nonce: 'n', isDevelopment: false, isHttps: true });
    expect(directives(https).has('upgrade-insecure-requests')).toBe(true);
  });
});

describe('apiContentSecurityPolicy', () => {
  it('lets an API response load, run and be framed by nothing', () => {
    expect(apiContentSecurityPolicy()).toBe(
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('createNonce', () => {
  it('is 128 random bits of base64, different each time', () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe('strictTransportSecurityFor', () => {
  it('is sent for an https public origin only', () => {
    expect(strictTransportSecurityFor('https://lab.example.com')).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(strictTransportSecurityFor('http://localhost:3000')).toBeNull();
  });
});
