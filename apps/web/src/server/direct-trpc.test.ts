import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DIRECT_TRPC_HANDLER as SERVER_LOOKS_UP } from '../../scripts/production-server.mjs';
import { type Answer, readAnswer } from './testing/read-answer';

vi.mock('server-only', () => ({}));

/** What the endpoint was asked, and what it answers next: the transport is under test, not tRPC. */
const endpoint = vi.hoisted(() => ({
  calls: [] as { method: string; url: string; headers: Headers; body: string; requestId: string }[],
  answer: (): Response => Response.json({ result: { data: 'ok' } }),
}));

vi.mock('~/server/trpc-endpoint', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./trpc-endpoint')>()),
  answerTrpcRequest: async (request: Request, requestId: string) => {
    endpoint.calls.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: await request.text(),
      requestId,
    });
    return endpoint.answer();
  },
}));

const { DIRECT_TRPC_HANDLER, directTrpcHandler, GZIP_THRESHOLD_BYTES, UNREAD_BODY_LINGER_MS } = await import(
  './direct-trpc'
);
const { MAX_TRPC_BODY_BYTES } = await import('./trpc-endpoint');
const { STATIC_SECURITY_HEADERS } = await import('./security-headers');

let server: http.Server;
let port: number;
const errors: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => void directTrpcHandler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  endpoint.calls.length = 0;
  endpoint.answer = () => Response.json({ result: { data: 'ok' } });
  errors.length = 0;
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
});

/** One request on its own connection; `body` may be a generator of chunks (sent chunked). */
function send(options: {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | (() => Generator<Buffer>);
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: options.path ?? '/api/trpc/scenario.create',
        method: options.method ?? 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        agent: false,
      },
      (response) => readAnswer(response).then(resolve, reject),
    );
    // A server that stops reading may reset the connection under a sender still writing: expected.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    if (typeof options.body === 'function') {
      const chunks = options.body();
      let answered = false;
      request.once('response', () => {
        answered = true;
      });
      const pump = () => {
        // next() by hand: leaving a for-of early would close the generator.
        for (let next = chunks.next(); !answered && !next.done; next = chunks.next())
          if (!request.write(next.value)) return void request.once('drain', pump);
        if (!answered) request.end();
      };
      pump();
    } else {
      // Node sends no length for a DELETE's body unless told: the server would read it as the next request.
      if (options.body !== undefined && !request.hasHeader('content-length'))
        request.setHeader('content-length', Buffer.byteLength(options.body));
      request.end(options.body);
    }
  });
}

describe('directTrpcHandler', () => {
  it('gives the endpoint the call as sent, and answers with the headers Next would have added', async () => {
    const answer = await send({
      path: '/api/trpc/scenario.create?batch=1',
      headers: { host: 'liqlab.test:8080', 'x-request-id': 'given-request-id-1', cookie: 'a=1' },
      body: '{"0":{"title":"x"}}',
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString())).toEqual({ result: { data: 'ok' } });
    expect(endpoint.calls).toHaveLength(1);
    const call = endpoint.calls[0]!;
    expect(call).toMatchObject({
      method: 'POST',
      url: 'http://liqlab.test:8080/api/trpc/scenario.create?batch=1',
      body: '{"0":{"title":"x"}}',
      requestId: 'given-request-id-1',
    });
    expect(call.headers.get('cookie')).toBe('a=1');
    for (const { key, value } of STATIC_SECURITY_HEADERS)
      expect(answer.headers[key.toLowerCase()]).toBe(value);
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answer.headers['x-request-id']).toBe('given-request-id-1');
    expect(answer.headers['content-length']).toBe(String(answer.body.byteLength));
    expect(answer.headers['strict-transport-security']).toBeUndefined(); // the test's public URL is http
  });

  it('makes its own request id when none or a malformed one is given, and the endpoint sees the same', async () => {
    const answer = await send({ headers: { 'x-request-id': 'bad id!' }, body: '{}' });
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(endpoint.calls[0]!.requestId).toBe(answer.headers['x-request-id']);
  });

  it('says https in the URL when the proxy in front says so', async () => {
    await send({ headers: { host: 'liqlab.example', 'x-forwarded-proto': 'https' }, body: '{}' });
    expect(endpoint.calls[0]!.url).toBe('https://liqlab.example/api/trpc/scenario.create');
  });

  it('keeps every cookie the endpoint sets, and its own headers', async () => {
    endpoint.answer = () => {
      const response = Response.json({}, { status: 401 });
      response.headers.append('set-cookie', 'a=1; Path=/');
      response.headers.append('set-cookie', 'b=2; Path=/');
      response.headers.set('cache-control', 'private, no-store');
      response.headers.append('vary', 'Cookie');
      return response;
    };
    const answer = await send({ body: '{}' });
    expect(answer.status).toBe(401);
    expect(answer.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(answer.headers.vary).toBe('Cookie, Accept-Encoding');
  });

  it('gzips answers from 1 KB up when the client accepts gzip, and only then', async () => {
    const data = 'x'.repeat(GZIP_THRESHOLD_BYTES);
    endpoint.answer = () => Response.json({ data });
    const gzipped = await send({ body: '{}', headers: { 'accept-encoding': 'br, gzip;q=0.8' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.body).toString())).toEqual({ data });
    expect(gzipped.body.byteLength).toBeLessThan(GZIP_THRESHOLD_BYTES / 4);

    const plain = await send({ body: '{}', headers: { 'accept-encoding': 'br' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString())).toEqual({ data });

    endpoint.answer = () => Response.json({ data: 'small' });
    const small = await send({ body: '{}', headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers.vary).toBe('Accept-Encoding');
  });

  it('refuses a chunked body past the limit with 413, without reading it all, and closes the connection', async () => {
    const chunk = Buffer.alloc(64 * 1024, 120);
    let sent = 0;
    const answer = await send({
      body: function* () {
        // Ten times the limit, if the server kept reading.
        while (sent < 10 * MAX_TRPC_BODY_BYTES) {
          sent += chunk.byteLength;
          yield chunk;
        }
      },
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body.toString()).error.data.code).toBe('PAYLOAD_TOO_LARGE');
    expect(endpoint.calls).toHaveLength(0);
    expect(sent).toBeLessThan(3 * MAX_TRPC_BODY_BYTES);
  });

  it('after a 413, drops what a client keeps sending for a moment, then closes the connection', async () => {
    const chunk = Buffer.alloc(64 * 1024, 120);
    let sent = 0;
    let answeredAt = 0;
    // Past the limit at once, then a trickle that would never end: a chunk every 50 ms.
    const trickle = http.request({
      host: '127.0.0.1',
      port,
      path: '/api/trpc/scenario.create',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Keep-alive: a client that would close on its own after the answer shows nothing here.
      agent: new http.Agent({ keepAlive: true }),
    });
    const closed = new Promise<number>((resolve) => {
      trickle.on('socket', (socket) => socket.once('close', () => resolve(performance.now())));
    });
    trickle.on('error', () => {});
    trickle.on('response', (response) => {
      answeredAt = performance.now();
      expect(response.statusCode).toBe(413);
      response.resume();
    });
    while (sent <= MAX_TRPC_BODY_BYTES) {
      sent += chunk.byteLength;
      if (!trickle.write(chunk)) await new Promise((resolve) => trickle.once('drain', resolve));
    }
    const timer = setInterval(() => trickle.write(chunk), 50);
    try {
      const closedAt = await closed;
      expect(answeredAt).toBeGreaterThan(0);
      // Closed by the server after its linger time, not before the answer and not never.
      expect(closedAt - answeredAt).toBeGreaterThanOrEqual(UNREAD_BODY_LINGER_MS - 100);
      expect(closedAt - answeredAt).toBeLessThan(UNREAD_BODY_LINGER_MS + 3000);
    } finally {
      clearInterval(timer);
    }
    expect(endpoint.calls).toHaveLength(0);
  });

  it('refuses a declared length past the limit before reading', async () => {
    const answer = await send({ headers: { 'content-length': String(MAX_TRPC_BODY_BYTES + 1) }, body: '' });
    expect(answer.status).toBe(413);
    expect(endpoint.calls).toHaveLength(0);
  });

  it('answers OPTIONS with the allowed methods and other methods with 405, as Next does for the route', async () => {
    const options = await send({ method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS, POST');
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const refused = await send({ method, body: '{}' });
      expect(refused.status, method).toBe(405);
    }
    expect(endpoint.calls).toHaveLength(0);
    const head = await send({ method: 'HEAD', path: '/api/trpc/health.check' });
    expect(head.body.byteLength).toBe(0);
    expect(endpoint.calls.map((call) => call.method)).toEqual(['HEAD']);
  });

  it('answers 500 with the request id, and logs one JSON line, when the endpoint throws', async () => {
    endpoint.answer = () => {
      throw new Error('database gone');
    };
    const answer = await send({ headers: { 'x-request-id': 'failing-request-1' }, body: '{}' });
    expect(answer.status).toBe(500);
    expect(answer.headers['x-request-id']).toBe('failing-request-1');
    expect(errors).toHaveLength(1);
    expect(JSON.parse(errors[0]!)).toMatchObject({
      level: 50,
      requestId: 'failing-request-1',
      method: 'POST',
      path: '/api/trpc/scenario.create',
      err: { message: 'database gone' },
    });
  });
});

describe('DIRECT_TRPC_HANDLER', () => {
  it('is the key the production server looks the handler up by', () => {
    expect(DIRECT_TRPC_HANDLER).toBe(SERVER_LOOKS_UP);
  });
});
