/**
 * A stand-in for the CDN or caching reverse proxy the README's deploy section puts in front of the app,
 * for `pnpm loadtest -- shared`: a shared HTTP cache (RFC 9111) reduced to what the app's shared pages
 * use. A GET without a Cookie header is answered from a stored response while it is fresh
 * (s-maxage − Age), or while stale within stale-while-revalidate as one background revalidation runs;
 * only 200 responses marked `public` with `s-maxage` are stored. Everything else is passed through.
 * Plain JavaScript in its own process (`node caching-proxy.mjs <origin> <port>`), so the load
 * generator and the proxy do not share one event loop.
 */
import http from 'node:http';

const [origin, portText] = process.argv.slice(2);
const port = Number(portText);
/** @type {Map<string, { status: number, headers: Record<string, string>, body: Buffer, storedAt: number, freshMs: number, staleMs: number }>} */
const store = new Map();
const revalidating = new Set();
let hits = 0;
let misses = 0;

function directive(cacheControl, name) {
  const match = new RegExp(`(?:^|,)\\s*${name}(?:=(\\d+))?\\s*(?:,|$)`, 'i').exec(cacheControl);
  return match ? (match[1] === undefined ? true : Number(match[1])) : undefined;
}

async function fetchFromOrigin(url, headers) {
  const response = await fetch(`${origin}${url}`, { headers, redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  const kept = {};
  for (const [name, value] of response.headers) {
    if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name))
      kept[name] = value;
  }
  const cacheControl = response.headers.get('cache-control') ?? '';
  const sMaxAge = directive(cacheControl, 's-maxage');
  if (response.status === 200 && directive(cacheControl, 'public') === true && typeof sMaxAge === 'number') {
    const age = Number(response.headers.get('age') ?? 0) * 1000;
    const swr = directive(cacheControl, 'stale-while-revalidate');
    store.set(url, {
      status: 200,
      headers: kept,
      body,
      storedAt: Date.now() - age,
      freshMs: sMaxAge * 1000,
      staleMs: typeof swr === 'number' ? swr * 1000 : 0,
    });
  }
  return { status: response.status, headers: kept, body };
}

function send(res, entry, cacheStatus) {
  res.writeHead(entry.status, {
    ...entry.headers,
    'content-length': entry.body.length,
    'x-proxy-cache': cacheStatus,
  });
  res.end(entry.body);
}

http
  .createServer(async (req, res) => {
    try {
      const url = req.url ?? '/';
      const cacheable = req.method === 'GET' && !req.headers.cookie;
      const entry = cacheable ? store.get(url) : undefined;
      const age = entry ? Date.now() - entry.storedAt : Number.POSITIVE_INFINITY;
      if (entry && age < entry.freshMs) {
        hits++;
        return send(res, entry, 'HIT');
      }
      const forward = {
        accept: String(req.headers.accept ?? '*/*'),
        ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}),
      };
      if (entry && age < entry.freshMs + entry.staleMs) {
        hits++;
        if (!revalidating.has(url)) {
          revalidating.add(url);
          fetchFromOrigin(url, forward)
            .catch(() => undefined)
            .finally(() => revalidating.delete(url));
        }
        return send(res, entry, 'STALE');
      }
      misses++;
      send(res, await fetchFromOrigin(url, forward), 'MISS');
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  })
  .listen(port, '127.0.0.1', () => process.send?.({ listening: port }));

process.on('message', (message) => {
  if (message === 'stats') process.send?.({ hits, misses });
});
