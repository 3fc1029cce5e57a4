import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuth } from './create-auth';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const SECRET = 'test-secret-test-secret-test-secret-0123';

async function guestCookies(baseURL: string, secureCookies: boolean): Promise<string[]> {
  const auth = createAuth({ db, secret: SECRET, baseURL, secureCookies });
  const response = await auth.handler(
    new Request(`${baseURL}/api/auth/sign-in/anonymous`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseURL },
      body: '{}',
    }),
  );
  expect(response.status).toBe(200);
  return response.headers.getSetCookie();
}

describe('session cookie attributes', () => {
  it('over https: Secure, HttpOnly, SameSite=Lax, with the __Secure- prefix browsers enforce', async () => {
    const cookies = await guestCookies('https://lab.example.com', true);
    const session = cookies.find((c) => c.startsWith('__Secure-better-auth.session_token='));
    expect(session, cookies.join(' | ')).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\//i);
    // Every cookie better-auth sets over https is Secure, not only the session.
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
  });

  it('over plain http (local use): not Secure, or the browser would drop it', async () => {
    const cookies = await guestCookies('http://localhost:3000', false);
    const session = cookies.find((c) => c.startsWith('better-auth.session_token='));
    expect(session, cookies.join(' | ')).toBeDefined();
    expect(session).not.toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
  });
});
