import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * Sends a chunked body (no Content-Length) of up to `maxBytes` and resolves with the status of the
 * answer as soon as it arrives, and how much had been sent by then. A server that reads the whole
 * body first would answer only after all of it.
 */
function postChunked(
  url: string,
  origin: string,
  maxBytes: number,
  cookie = '',
): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sentBytes = 0;
    let answered = false;
    const req = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie, 'transfer-encoding': 'chunked' },
    });
    req.on('response', (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, sentBytes });
      req.destroy();
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sentBytes < maxBytes) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const SIXTY_MB = 60 * 1024 * 1024;

test.describe('bodies are counted while they are read', () => {
  for (const path of ['/api/trpc/scenario.create', '/api/auth/sign-up/email', '/api/auth/sign-in/email']) {
    test(`a chunked 60 MB body to ${path} is cut off with 413`, async ({ request, baseURL }) => {
      // With a session, so the refusal cannot come from a missing identity before the body is read.
      const guest = await request.post('/api/auth/sign-in/anonymous', {
        headers: { 'content-type': 'application/json', origin: baseURL ?? '' },
        data: {},
      });
      const cookie = guest
        .headersArray()
        .filter((h) => h.name.toLowerCase() === 'set-cookie')
        .map((h) => h.value.split(';')[0])
        .join('; ');
      const { status, sentBytes } = await postChunked(`${baseURL}${path}`, baseURL ?? '', SIXTY_MB, cookie);
      expect(status).toBe(413);
      // Answered long before the whole body was sent: the server stopped reading at its limit.
      expect(sentBytes).toBeLessThan(SIXTY_MB / 2);
    });
  }
});

test.describe('personal answers are never cached', () => {
  test('answers to a session are private, no-store and vary on Cookie', async ({ request, baseURL }) => {
    const json = { 'content-type': 'application/json', origin: baseURL ?? '' };
    expect((await request.post('/api/auth/sign-in/anonymous', { headers: json, data: {} })).status()).toBe(
      200,
    );
    for (const path of ['account.me', 'account.exportData', 'scenario.listMine?input=%7B%7D']) {
      const response = await request.get(`/api/trpc/${path}`);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers['cache-control'], path).toMatch(/\bprivate\b/);
      expect(headers['cache-control'], path).toMatch(/\bno-store\b/);
      expect(headers.vary?.toLowerCase(), path).toContain('cookie');
    }
  });
});

test.describe('batches are bounded', () => {
  test('a batch of 500 calls is refused; one of 20 is answered', async ({ request }) => {
    const batch = (n: number) =>
      `/api/trpc/${Array.from({ length: n }, () => 'health.check').join(',')}?batch=1&input=%7B%7D`;
    const huge = await request.get(batch(500));
    expect(huge.status()).toBe(400);
    const normal = await request.get(batch(20));
    expect(normal.status()).toBe(200);
    expect(await normal.json()).toHaveLength(20);
  });
});

test.describe('auth bodies are bounded', () => {
  const json = (baseURL: string | undefined) => ({
    'content-type': 'application/json',
    origin: baseURL ?? '',
  });

  test('a name longer than 80 characters is refused with a message; a 3 MB one with 413', async ({
    request,
    baseURL,
  }) => {
    const email = `long-name-${crypto.randomUUID()}@example.test`;
    const signUp = (name: string) =>
      request.post('/api/auth/sign-up/email', {
        headers: json(baseURL),
        data: { email, password: 'a long enough password', name },
      });
    const tooLong = await signUp('n'.repeat(81));
    expect(tooLong.status()).toBe(400);
    expect((await tooLong.json()).message).toBe('Your name can be at most 80 characters.');
    const huge = await signUp('n'.repeat(3 * 1024 * 1024));
    expect(huge.status()).toBe(413);
    expect((await huge.json()).code).toBe('PAYLOAD_TOO_LARGE');
    expect((await signUp('Ada Lovelace')).status()).toBe(200);
  });

  test('auth answers carry the API CSP and a request id', async ({ request }) => {
    const response = await request.get('/api/auth/get-session');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers()['x-request-id']).toMatch(/^[\w-]{8,64}$/);
  });
});
