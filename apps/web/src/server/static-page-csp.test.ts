import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceForInline } from './content-security-policy';
import {
  inlineSourcesOf,
  NOT_FOUND_PAGE,
  prerenderedPageSources,
  routeOfPrerenderedFile,
  STATIC_PAGE_CSP_FILE,
} from './static-page-csp';

describe('inlineSourcesOf', () => {
  it('hashes each inline script and style once, and skips script files and empty elements', () => {
    const html = [
      '<!DOCTYPE html><html><head>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script>document.documentElement.classList.add("x")</script>',
      '<style data-x="1">.a{color:red}</style>',
      '</head><body>',
      '<script>self.__next_f.push([1,"a"])</script>',
      '<script>self.__next_f.push([1,"a"])</script>',
      '<script id="empty"></script>',
      '<script type="text/javascript" nonce="" >\nvar a = "<\\/script>";\n</script>',
      '</body></html>',
    ].join('');
    expect(inlineSourcesOf(html)).toEqual({
      scripts: [
        sourceForInline('document.documentElement.classList.add("x")'),
        sourceForInline('self.__next_f.push([1,"a"])'),
        sourceForInline('\nvar a = "<\\/script>";\n'),
      ],
      styles: [sourceForInline('.a{color:red}')],
    });
  });
});

describe('routeOfPrerenderedFile', () => {
  it('maps the build output to URL paths and leaves out Next internal documents', () => {
    expect(routeOfPrerenderedFile('index.html')).toBe('/');
    expect(routeOfPrerenderedFile('learn.html')).toBe('/learn');
    expect(routeOfPrerenderedFile(path.join('learn', 'leverage-and-margin.html'))).toBe(
      '/learn/leverage-and-margin',
    );
    expect(routeOfPrerenderedFile('_not-found.html')).toBe(NOT_FOUND_PAGE);
    expect(routeOfPrerenderedFile('_global-error.html')).toBeNull();
  });
});

describe('prerenderedPageSources', () => {
  const distDir = mkdtempSync(path.join(tmpdir(), 'liqlab-csp-'));
  afterAll(() => rmSync(distDir, { recursive: true, force: true }));

  it('answers for the listed paths only', () => {
    const sources = { scripts: ["'sha256-AAA='"], styles: [] };
    writeFileSync(path.join(distDir, STATIC_PAGE_CSP_FILE), JSON.stringify({ '/learn/x': sources }));
    expect(prerenderedPageSources('/learn/x', distDir)).toEqual(sources);
    expect(prerenderedPageSources('/learn/y', distDir)).toBeNull();
    expect(prerenderedPageSources('/constructor', distDir)).toBeNull();
    expect(prerenderedPageSources('/__proto__', distDir)).toBeNull();
  });
});
