// The requests a browser would send: guest sessions, tRPC calls (same-origin JSON), pages.
import { defaultScenarioSaved } from '@liqlab/scenario/default-scenario';

export interface Session {
  cookie: string;
}

export function requestHeaders(baseUrl: string, session?: Session): Record<string, string> {
  return {
    'content-type': 'application/json',
    origin: baseUrl,
    ...(session ? { cookie: session.cookie } : {}),
  };
}

export async function signInGuest(baseUrl: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/anonymous`, {
    method: 'POST',
    headers: requestHeaders(baseUrl),
    body: '{}',
  });
  if (response.status !== 200) {
    throw new Error(`guest sign-in answered ${response.status}: ${await response.text()}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie };
}

/** A tRPC mutation over HTTP; throws with the status and body unless it answers 200. */
export async function mutation<T>(
  baseUrl: string,
  session: Session,
  procedure: string,
  input: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}/api/trpc/${procedure}`, {
    method: 'POST',
    headers: requestHeaders(baseUrl, session),
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`${procedure} answered ${response.status}: ${text.slice(0, 200)}`);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

/** A page as a browser loads it (HTML only); throws unless it answers 200. */
export async function page(baseUrl: string, session: Session, pathname: string): Promise<void> {
  const response = await fetch(`${baseUrl}${pathname}`, {
    headers: { cookie: session.cookie, accept: 'text/html' },
    signal: AbortSignal.timeout(30_000),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}`);
}

/** The scenario every save sends: the sandbox's default scenario, as a newcomer's first save sends it. */
export function scenarioInput(title: string) {
  return { ...defaultScenarioSaved(title, title), notes: 'load test', visibility: 'UNLISTED' };
}
