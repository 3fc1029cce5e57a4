// The requests a browser would send: guest sessions, tRPC calls (same-origin JSON), pages.
import http from 'node:http';
import { defaultScenarioSaved } from '@liqlab/scenario/default-scenario';

export interface Session {
  cookie: string;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/*
 * node:http over kept-alive sockets rather than fetch: the load generator shares the server's two
 * cores, and at 200 saves/s fetch (undici, web streams, AbortSignal per call) took 360–430 ms of CPU
 * a second against a stub server where this takes 80–180 ms. Every millisecond it spends is one
 * the server under test does not get. First in, first out: at a steady rate every kept socket is used
 * again well within the server's 5 s keep-alive, so none is closed by the server just as it is reused
 * (last in, first out left the sockets opened in a burst idle until then: "read ECONNRESET").
 */
const agent = new http.Agent({ keepAlive: true, scheduling: 'fifo' });

function send(
  url: string,
  options: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string; timeoutMs?: number },
): Promise<Answer> {
  const { hostname, port, pathname, search } = new URL(url);
  const headers =
    options.body === undefined
      ? options.headers
      : { ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) };
  return new Promise((resolve, reject) => {
    const request = http.request(
      { agent, host: hostname, port, path: pathname + search, method: options.method, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    const timeoutMs = options.timeoutMs ?? 30_000;
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(options.body);
  });
}

function requestHeaders(baseUrl: string, session?: Session): Record<string, string> {
  return {
    'content-type': 'application/json',
    origin: baseUrl,
    ...(session ? { cookie: session.cookie } : {}),
  };
}

export async function signInGuest(baseUrl: string): Promise<Session> {
  const response = await send(`${baseUrl}/api/auth/sign-in/anonymous`, {
    method: 'POST',
    headers: requestHeaders(baseUrl),
    body: '{}',
  });
  if (response.status !== 200) throw new Error(`guest sign-in answered ${response.status}: ${response.text}`);
  const cookie = (response.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  return { cookie };
}

/** A tRPC mutation over HTTP; throws with the status and body unless it answers 200. */
export async function mutation<T>(
  baseUrl: string,
  session: Session,
  procedure: string,
  input: unknown,
): Promise<T> {
  const response = await send(`${baseUrl}/api/trpc/${procedure}`, {
    method: 'POST',
    headers: requestHeaders(baseUrl, session),
    body: JSON.stringify(input),
  });
  if (response.status !== 200)
    throw new Error(`${procedure} answered ${response.status}: ${response.text.slice(0, 200)}`);
  return (JSON.parse(response.text) as { result: { data: T } }).result.data;
}

/** A page as a browser loads it (HTML only); throws unless it answers 200. */
export async function page(baseUrl: string, session: Session | undefined, pathname: string): Promise<void> {
  const response = await send(`${baseUrl}${pathname}`, {
    method: 'GET',
    headers: { accept: 'text/html', ...(session ? { cookie: session.cookie } : {}) },
  });
  if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}`);
}

/** Whether the instance reports ready: /api/ready answers 200 (connection refused while starting). */
export async function isReady(baseUrl: string): Promise<boolean> {
  const response = await send(`${baseUrl}/api/ready`, { method: 'GET', headers: {}, timeoutMs: 5_000 }).catch(
    () => null,
  );
  return response?.status === 200;
}

/** The scenario every save sends: the sandbox's default scenario, as a newcomer's first save sends it. */
export function scenarioInput(title: string) {
  return { ...defaultScenarioSaved(title, title), notes: 'load test', visibility: 'UNLISTED' };
}
