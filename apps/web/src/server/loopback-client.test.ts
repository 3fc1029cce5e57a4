import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoopbackClient } from './loopback-client';

/** A real HTTP server on an ephemeral loopback port; each test sets what it answers. */
let server: http.Server;
let origin: string;
let handle: (request: http.IncomingMessage, body: string, response: http.ServerResponse) => void;

beforeEach(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, Buffer.concat(chunks).toString('utf8'), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('LoopbackClient', () => {
  it('sends the method, headers and body, and returns the status, every Set-Cookie line and the text', async () => {
    let seen: { method?: string; length?: string; cookie?: string; body?: string } = {};
    handle = (request, body, response) => {
      seen = {
        method: request.method,
        length: request.headers['content-length'],
        cookie: request.headers.cookie,
        body,
      };
      response.setHeader('set-cookie', ['a=1; Path=/', 'b=2; HttpOnly']);
      response.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":"ü"}');
    };
    const client = new LoopbackClient(origin);
    const answer = await client.request('/api/x?q=1', {
      method: 'POST',
      headers: { cookie: 'c=3' },
      body: '{"name":"ü"}',
      timeoutMs: 5_000,
    });
    client.close();
    expect(seen).toEqual({ method: 'POST', length: '13', cookie: 'c=3', body: '{"name":"ü"}' });
    expect(answer).toEqual({ status: 201, setCookies: ['a=1; Path=/', 'b=2; HttpOnly'], text: '{"ok":"ü"}' });
  });

  it('asks for gzip as a browser does and reads a gzipped answer as text', async () => {
    let acceptEncoding: string | undefined;
    handle = (request, _body, response) => {
      acceptEncoding = request.headers['accept-encoding'];
      response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('<html>page</html>'));
    };
    const client = new LoopbackClient(origin);
    const answer = await client.request('/', { headers: {}, timeoutMs: 5_000 });
    client.close();
    expect(acceptEncoding).toBe('gzip');
    expect(answer.text).toBe('<html>page</html>');
  });

  it('reuses one kept-alive connection for calls in sequence', async () => {
    const ports = new Set<number>();
    handle = (request, _body, response) => {
      ports.add(request.socket.remotePort ?? 0);
      response.end('ok');
    };
    const client = new LoopbackClient(origin);
    for (let i = 0; i < 5; i++) await client.request('/', { headers: {}, timeoutMs: 5_000 });
    client.close();
    expect(ports.size).toBe(1);
  });

  it('fails a call that gets no answer within its timeout, naming the path', async () => {
    handle = () => {
      // never answers
    };
    const client = new LoopbackClient(origin);
    await expect(client.request('/slow', { headers: {}, timeoutMs: 200 })).rejects.toThrow(
      '/slow: no answer within 200 ms',
    );
    client.close();
  });
});
