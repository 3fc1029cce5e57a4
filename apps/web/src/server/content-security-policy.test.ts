import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HOLD_EARLY_ACTION_SCRIPT } from '~/lib/hold-early-action';
import { START_SCRIPTS_AFTER_FIRST_PAINT } from '~/lib/scripts-after-first-paint';
import { THEME_BOOT_SCRIPT } from '~/lib/theme-preference';
import {
  apiContentSecurityPolicy,
  CHART_ATTRIBUTION_STYLE_HASH,
  createNonce,
  HOLD_EARLY_ACTION_SCRIPT_HASH,
  pageContentSecurityPolicy,
  START_SCRIPTS_AFTER_FIRST_PAINT_HASH,
  THEME_BOOT_SCRIPT_HASH,
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

const production = pageContentSecurityPolicy({
  nonce: 'abc123==',
  scripts: ["'sha256-404='"],
  styles: [],
  isDevelopment: false,
  isHttps: false,
});

describe('pageContentSecurityPolicy', () => {
  it('allows inline scripts by nonce (and the 404 page by hash), never eval, in production', () => {
    const d = directives(production);
    expect(d.get('script-src')).toEqual([
      "'self'",
      "'nonce-abc123=='",
      THEME_BOOT_SCRIPT_HASH,
      HOLD_EARLY_ACTION_SCRIPT_HASH,
      START_SCRIPTS_AFTER_FIRST_PAINT_HASH,
      "'sha256-404='",
    ]);
    expect(production).not.toContain('unsafe-eval');
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('allows a prerendered page exactly its listed inline scripts and styles, with same-origin files', () => {
    const d = directives(
      pageContentSecurityPolicy({
        scripts: ["'sha256-AAA='", "'sha256-BBB='"],
        styles: ["'sha256-CCC='"],
        isDevelopment: false,
        isHttps: false,
      }),
    );
    // No nonce, no 'unsafe-inline', and no 'strict-dynamic' (it would make the browser ignore 'self',
    // and the page's <script src> tags carry no nonce).
    expect(d.get('script-src')).toEqual([
      "'self'",
      THEME_BOOT_SCRIPT_HASH,
      HOLD_EARLY_ACTION_SCRIPT_HASH,
      START_SCRIPTS_AFTER_FIRST_PAINT_HASH,
      "'sha256-AAA='",
      "'sha256-BBB='",
    ]);
    expect(d.get('style-src')).toEqual(["'self'", "'sha256-CCC='", CHART_ATTRIBUTION_STYLE_HASH]);
  });

  it("allows the root layout's theme, early-action and script-start scripts by the hashes of their exact text", () => {
    const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(THEME_BOOT_SCRIPT_HASH).toBe(hashOf(THEME_BOOT_SCRIPT));
    expect(HOLD_EARLY_ACTION_SCRIPT_HASH).toBe(hashOf(HOLD_EARLY_ACTION_SCRIPT));
    expect(START_SCRIPTS_AFTER_FIRST_PAINT_HASH).toBe(hashOf(START_SCRIPTS_AFTER_FIRST_PAINT));
  });

  it('allows eval in development only (React rebuilds server stacks with it)', () => {
    const dev = pageContentSecurityPolicy({
      nonce: 'n',
      scripts: [],
      styles: [],
      isDevelopment: true,
      isHttps: false,
    });
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
    expect(production).not.toContain('strict-dynamic');
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
    const https = pageContentSecurityPolicy({
      nonce: 'n',
      scripts: [],
      styles: [],
      isDevelopment: false,
      isHttps: true,
    });
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
