import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AFTER_FIRST_PAINT_SCRIPT_TYPE as LOADER_TYPE } from '../src/lib/scripts-after-first-paint';
import { servePagesScriptsAfterFirstPaint } from './production-server.mjs';
import {
  AFTER_FIRST_PAINT_SCRIPT_TYPE,
  deferStartScripts,
  deferStartScriptsIn,
} from './scripts-after-first-paint.mjs';

const HEAD = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>',
  '<script src="/_next/static/chunks/framework.js" async=""></script>',
  '<script src="/_next/static/chunks/page.js" nonce="AbC+/1==" async=""></script>',
  '<script>(function(){var a=1<2})()</script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script src="/elsewhere.js" async=""></script>',
  '</head><body><p>Liquidation — résumé €</p>',
  '<script src="/_next/static/chunks/boot.js" async="" id="_R_"></script></body></html>',
].join('');

const EXPECTED = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  `<script type="${AFTER_FIRST_PAINT_SCRIPT_TYPE}" src="/_next/static/chunks/framework.js"></script>`,
  `<script type="${AFTER_FIRST_PAINT_SCRIPT_TYPE}" src="/_next/static/chunks/page.js"></script>`,
  '<script>(function(){var a=1<2})()</script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script src="/elsewhere.js" async=""></script>',
  '</head><body><p>Liquidation — résumé €</p>',
  `<script type="${AFTER_FIRST_PAINT_SCRIPT_TYPE}" src="/_next/static/chunks/boot.js"></script></body></html>`,
].join('');

describe('deferStartScripts', () => {
  it("makes Next's async start-up scripts inert and drops the bootstrap's preload, leaving the rest", () => {
    expect(deferStartScripts(HEAD)).toBe(EXPECTED);
  });

  it('leaves a page without such scripts as it is', () => {
    const page = '<html><head><script>1</script></head><body><a href="/x">x</a></body></html>';
    expect(deferStartScripts(page)).toBe(page);
  });

  it('uses the type the root layout starts', () => {
    expect(AFTER_FIRST_PAINT_SCRIPT_TYPE).toBe(LOADER_TYPE);
  });
});

/** A server whose one route answers with `respond`, and the response's body and headers. */
async function serve(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => unknown,
  headers: Record<string, string> = {},
) {
  const server = http.createServer((req, res) => void handler(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return { body: await response.text(), headers: response.headers };
}
const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** Writes `text` in pieces of `size` bytes: tags and multi-byte characters cut anywhere. */
function writeInPieces(res: http.ServerResponse, text: string, size: number) {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) res.write(bytes.subarray(at, at + size));
  res.end();
}

describe('deferStartScriptsIn', () => {
  it('rewrites a streamed page whatever the chunks cut, with no stale Content-Length', async () => {
    for (const size of [1, 7, 64, 1000]) {
      const { body, headers } = await serve((_req, res) => {
        deferStartScriptsIn(res);
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('content-length', String(Buffer.byteLength(HEAD)));
        res.flushHeaders();
        writeInPieces(res, HEAD, size);
      });
      expect(body, `pieces of ${size} bytes`).toBe(EXPECTED);
      expect(headers.get('content-length')).toBeNull();
    }
  });

  it('rewrites a page sent whole with end(), as Next sends a prerendered one', async () => {
    const { body } = await serve((_req, res) => {
      deferStartScriptsIn(res);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-length', String(Buffer.byteLength(HEAD)));
      res.end(HEAD);
    });
    expect(body).toBe(EXPECTED);
  });

  it('passes anything but HTML through untouched, Content-Length included', async () => {
    const script = 'document.write("<script src=\\"/_next/static/chunks/x.js\\" async=\\"\\"></script>")';
    const { body, headers } = await serve((_req, res) => {
      deferStartScriptsIn(res);
      res.writeHead(200, {
        'content-type': 'application/javascript',
        'content-length': Buffer.byteLength(script),
      });
      writeInPieces(res, script, 5);
    });
    expect(body).toBe(script);
    expect(headers.get('content-length')).toBe(String(Buffer.byteLength(script)));
  });

  it('is gzipped after the rewrite by the production server, as Next would gzip the page', async () => {
    const require = createRequire(import.meta.url);
    const compress = require('next/dist/compiled/compression')();
    const next = (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      writeInPieces(res, HEAD.repeat(20), 300);
    };
    const { body, headers } = await serve(
      servePagesScriptsAfterFirstPaint(next, compress, () => {}),
      {
        'accept-encoding': 'gzip',
      },
    );
    expect(headers.get('content-encoding')).toBe('gzip');
    expect(body).toBe(EXPECTED.repeat(20));
  });
});
