import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { runInRequestScope } from '../request-scope';
import { createAuth } from './create-auth';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const BASE = 'http://localhost:3000';
const lines: Record<string, unknown>[] = [];
const auth = createAuth({
  db,
  secret: 'test-secret-test-secret-test-secret-0123',
  baseURL: BASE,
  secureCookies: false,
  log: createLogger('debug', { write: (line: string) => lines.push(JSON.parse(line)) }),
});

/** A sign-in for an email nobody registered: better-auth logs "User not found" while handling it. */
function signInUnknown(requestId: string) {
  return runInRequestScope(requestId, () =>
    auth.handler(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: BASE },
        body: JSON.stringify({ email: `${requestId}@example.test`, password: 'not-the-password' }),
      }),
    ),
  );
}

describe('auth log lines carry the request id', () => {
  it('every line better-auth writes while handling a request names that request, also when requests overlap', async () => {
    lines.length = 0;
    const ids = ['auth-log-a', 'auth-log-b', 'auth-log-c'];
    const responses = await Promise.all(ids.map(signInUnknown));
    for (const response of responses) expect(response.status).toBe(401);
    const authLines = lines.filter((line) => line.source === 'better-auth');
    expect(authLines.length).toBeGreaterThanOrEqual(ids.length);
    // The three requests are the same sign-in, so each writes the same lines: a line tagged with
    // another request's id would leave one request short.
    for (const id of ids) {
      expect(authLines.filter((line) => line.requestId === id).length, id).toBe(
        authLines.length / ids.length,
      );
    }
  });

  it('a line written outside any request carries no request id', () => {
    lines.length = 0;
    createLogger('info', { write: (line: string) => lines.push(JSON.parse(line)) }).info('outside');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toHaveProperty('requestId');
  });

  it('a logger already bound to a request id (as the tRPC context’s is) writes that id once', () => {
    const raw: string[] = [];
    const log = createLogger('info', { write: (line: string) => raw.push(line) }).child({
      requestId: 'bound',
    });
    runInRequestScope('scoped', () => log.info('inside'));
    expect(raw).toHaveLength(1);
    expect(raw[0]!.match(/"requestId"/g)).toHaveLength(1);
    expect(JSON.parse(raw[0]!).requestId).toBe('bound');
  });
});
