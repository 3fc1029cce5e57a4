import type http from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DIRECT_SHARED_PAGE_HANDLER,
  DIRECT_TRPC_HANDLER,
  parseServerArgs,
  routeRequests,
} from './production-server.mjs';

describe('parseServerArgs', () => {
  it('takes the options `next start` takes, in both spellings', () => {
    expect(parseServerArgs(['--port', '3900', '--hostname', '127.0.0.1'], {})).toEqual({
      port: 3900,
      hostname: '127.0.0.1',
    });
    expect(parseServerArgs(['-p', '80', '-H', '::'], {})).toEqual({ port: 80, hostname: '::' });
    expect(parseServerArgs(['--port=4000'], {})).toEqual({ port: 4000, hostname: '0.0.0.0' });
  });

  it('falls back to PORT, then 3000', () => {
    expect(parseServerArgs([], { PORT: '8080' }).port).toBe(8080);
    expect(parseServerArgs([], {}).port).toBe(3000);
    expect(parseServerArgs(['--port', '81'], { PORT: '8080' }).port).toBe(81);
  });

  it('refuses what it does not understand, saying what it takes', () => {
    expect(() => parseServerArgs(['--turbo'], {})).toThrow(
      'unknown option "--turbo"; the server takes --port',
    );
    expect(() => parseServerArgs(['--port'], {})).toThrow('--port needs a value');
    expect(() => parseServerArgs(['--port', 'eighty'], {})).toThrow(
      'whole number from 1 to 65535, got "eighty"',
    );
    expect(() => parseServerArgs(['--port', '70000'], {})).toThrow('got "70000"');
    expect(() => parseServerArgs([], { PORT: '0' })).toThrow('got "0"');
  });
});

describe('routeRequests', () => {
  const registry = globalThis as { [DIRECT_TRPC_HANDLER]?: unknown; [DIRECT_SHARED_PAGE_HANDLER]?: unknown };
  afterEach(() => {
    delete registry[DIRECT_TRPC_HANDLER];
    delete registry[DIRECT_SHARED_PAGE_HANDLER];
  });

  function routed(url: string) {
    const seen: string[] = [];
    const listener = routeRequests(async () => void seen.push('next'));
    listener({ url } as http.IncomingMessage, {} as http.ServerResponse);
    return seen;
  }

  it('sends everything to Next until the tRPC route has registered its handler', () => {
    expect(routed('/api/trpc/scenario.create')).toEqual(['next']);
  });

  it('then sends tRPC calls, and only those, to the direct handler', () => {
    const direct: string[] = [];
    registry[DIRECT_TRPC_HANDLER] = async (request: http.IncomingMessage) => void direct.push(request.url!);
    expect(routed('/api/trpc/scenario.create')).toEqual([]);
    expect(routed('/api/trpc/health.check,scenario.get?batch=1')).toEqual([]);
    for (const url of ['/api/trpcx/a', '/api/trpc', '/api/auth/sign-in/email', '/sandbox', '/x/api/trpc/a'])
      expect(routed(url), url).toEqual(['next']);
    expect(direct).toEqual(['/api/trpc/scenario.create', '/api/trpc/health.check,scenario.get?batch=1']);
  });

  it('sends a shared page to the shared-page handler, and to Next when that has no copy to send', () => {
    const asked: string[] = [];
    registry[DIRECT_SHARED_PAGE_HANDLER] = (request: http.IncomingMessage) => {
      asked.push(request.url!);
      return request.url === '/s/kept';
    };
    expect(routed('/s/kept')).toEqual([]);
    expect(routed('/s/not-kept')).toEqual(['next']);
    expect(routed('/sandbox')).toEqual(['next']);
    expect(routed('/api/trpc/scenario.get')).toEqual(['next']);
    expect(asked).toEqual(['/s/kept', '/s/not-kept']);
  });

  it('answers 500 when a handler fails, instead of ending the process', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = { headersSent: false, statusCode: 200, end: vi.fn(), destroy: vi.fn() };
    routeRequests(async () => {
      throw new Error('boom');
    })({ url: '/' } as http.IncomingMessage, response as unknown as http.ServerResponse);
    await vi.waitFor(() => expect(response.end).toHaveBeenCalledWith('Internal Server Error'));
    expect(response.statusCode).toBe(500);

    // A handler that throws before it returns a promise is caught the same way.
    registry[DIRECT_SHARED_PAGE_HANDLER] = () => {
      throw new Error('sync boom');
    };
    const second = { headersSent: false, statusCode: 200, end: vi.fn(), destroy: vi.fn() };
    routeRequests(async () => {})(
      { url: '/s/x' } as http.IncomingMessage,
      second as unknown as http.ServerResponse,
    );
    await vi.waitFor(() => expect(second.end).toHaveBeenCalledWith('Internal Server Error'));
  });
});
