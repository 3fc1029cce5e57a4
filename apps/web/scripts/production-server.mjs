// @ts-check
/**
 * The production server: what `next start` runs (scripts/server-command.ts). Next's own request
 * handler serves every page, asset and route, with two exceptions that skip Next's router and route
 * runtime: tRPC calls, once their route has loaded, go to the handler it registers
 * (src/server/direct-trpc.ts), and shared pages the shared-page cache holds a copy of are sent from
 * there (src/server/direct-shared-page.ts). At 200 saves a second that pipeline was over a quarter of
 * each save's time on the one JavaScript thread, which decided whether a new instance's first seconds
 * queued (BENCHMARKS.md, 2026-12-07). What goes to Next is compressed here, not by Next, and its HTML
 * pages are served with their start-up scripts inert until the first paint
 * (scripts-after-first-paint.mjs). Plain JavaScript: it runs before, and outside, anything Next
 * compiles.
 *
 * Usage: node production-server.mjs [--port <n>] [--hostname <host>]  (as `next start`).
 */

import { realpathSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deferStartScriptsIn } from './scripts-after-first-paint.mjs';

/** Must equal DIRECT_TRPC_HANDLER in src/server/direct-trpc.ts (its test checks). */
export const DIRECT_TRPC_HANDLER = Symbol.for('liqlab.direct-trpc-handler');
/** Must equal DIRECT_SHARED_PAGE_HANDLER in src/server/direct-shared-page.ts (its test checks). */
export const DIRECT_SHARED_PAGE_HANDLER = Symbol.for('liqlab.direct-shared-page-handler');
export const TRPC_PATH_PREFIX = '/api/trpc/';
export const SHARED_PAGE_PATH_PREFIX = '/s/';

/** @typedef {(req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>} DirectHandler */
/** @typedef {(req: http.IncomingMessage, res: http.ServerResponse) => boolean} SharedPageHandler */

/**
 * `--port`/`-p` and `--hostname`/`-H`, as `next start` takes them (also `--port=3000`); PORT and
 * 0.0.0.0 otherwise. Anything else is refused with the reason.
 * @param {readonly string[]} args
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {{ port: number, hostname: string }}
 */
export function parseServerArgs(args, env) {
  /** @type {Record<string, string>} */
  const given = {};
  for (let i = 0; i < args.length; i++) {
    const arg = /** @type {string} */ (args[i]);
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const name = { '--port': 'port', '-p': 'port', '--hostname': 'hostname', '-H': 'hostname' }[flag ?? ''];
    if (!name) throw new Error(`unknown option "${arg}"; the server takes --port <n> and --hostname <host>`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new Error(`${flag} needs a value`);
    given[name] = value;
  }
  const portText = given.port ?? env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65_535)
    throw new Error(`the port must be a whole number from 1 to 65535, got "${portText}"`);
  return { port, hostname: given.hostname ?? '0.0.0.0' };
}

/**
 * The request listener: a tRPC call to the registered tRPC handler, a shared page to the shared-page
 * handler when it has a kept copy to send (it returns false otherwise), everything else to Next; and
 * everything to Next until the handlers have registered.
 * @param {(req: http.IncomingMessage, res: http.ServerResponse) => unknown} nextHandler
 * @returns {(req: http.IncomingMessage, res: http.ServerResponse) => void}
 */
export function routeRequests(nextHandler) {
  return (req, res) => {
    const registry =
      /** @type {{ [DIRECT_TRPC_HANDLER]?: DirectHandler, [DIRECT_SHARED_PAGE_HANDLER]?: SharedPageHandler }} */ (
        globalThis
      );
    const trpc = registry[DIRECT_TRPC_HANDLER];
    const sharedPage = registry[DIRECT_SHARED_PAGE_HANDLER];
    let handled;
    try {
      if (trpc && req.url?.startsWith(TRPC_PATH_PREFIX)) handled = trpc(req, res);
      else if (!(sharedPage && req.url?.startsWith(SHARED_PAGE_PATH_PREFIX) && sharedPage(req, res)))
        handled = nextHandler(req, res);
    } catch (error) {
      handled = Promise.reject(error);
    }
    // As `next start`: whatever a handler let through ends as a 500, not as a crashed process.
    Promise.resolve(handled).catch((error) => {
      console.error(
        `Failed to handle request for ${req.url}: ${error instanceof Error ? error.stack : error}`,
      );
      if (res.headersSent) res.destroy();
      else {
        res.statusCode = 500;
        res.end('Internal Server Error');
      }
    });
  };
}

/**
 * Next's request handler, its responses gzipped by the middleware `next start` uses, with HTML pages'
 * start-up scripts served inert on the way (scripts-after-first-paint.mjs). next.config.ts turns
 * Next's own compression off so that it runs here instead, beneath the rewrite: the rewrite must see
 * the page as text.
 * @param {(req: http.IncomingMessage, res: http.ServerResponse) => unknown} nextHandler
 * @param {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void} compress
 * @param {(res: http.ServerResponse) => void} releaseCompressionStream
 * @returns {(req: http.IncomingMessage, res: http.ServerResponse) => unknown}
 */
export function servePagesScriptsAfterFirstPaint(nextHandler, compress, releaseCompressionStream) {
  return (req, res) => {
    compress(req, res, () => {});
    // As `next start`: a client gone before the end would leave the zlib stream open past GC.
    res.once('close', () => {
      if (!res.writableFinished) releaseCompressionStream(res);
    });
    deferStartScriptsIn(res);
    return nextHandler(req, res);
  };
}

async function main() {
  const { port, hostname } = parseServerArgs(process.argv.slice(2), process.env);
  // As `next start` does: the app reads both (env.ts), the warm-up calls the instance on PORT.
  const env = /** @type {Record<string, string | undefined>} */ (process.env);
  env.NODE_ENV ??= 'production';
  env.PORT = String(port);
  const startedAt = performance.now();
  const require = createRequire(import.meta.url);
  const nextVersion = require('next/package.json').version;
  process.title = `next-server (v${nextVersion})`;
  const { default: next } = await import('next');
  // The app is this script's package, wherever the server is started from (next.config.ts and the
  // build output are read relative to the working directory).
  const dir = fileURLToPath(new URL('..', import.meta.url));
  process.chdir(dir);
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const compress = require('next/dist/compiled/compression')();
  const { releaseCompressionStream } = require('next/dist/server/lib/release-compression-stream');
  const server = http.createServer(
    routeRequests(
      servePagesScriptsAfterFirstPaint(app.getRequestHandler(), compress, releaseCompressionStream),
    ),
  );
  server.on('error', (error) => {
    console.error(`Failed to start the server: ${error.message}`);
    process.exit(1);
  });
  await new Promise((resolve) => server.listen(port, hostname, () => resolve(undefined)));
  console.log(`▲ Next.js ${nextVersion} on http://${hostname}:${port} (tRPC served directly)`);
  console.log(`✓ Ready in ${Math.round(performance.now() - startedAt)}ms`);

  let stopping = false;
  /** @param {'SIGINT' | 'SIGTERM'} signal */
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    // Finish the requests in flight first (they may still write to the database), for at most 10 s.
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
    await app.close().catch((error) => console.error(error));
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
