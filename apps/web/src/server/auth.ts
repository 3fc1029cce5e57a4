import 'server-only';
import { type Auth, createAuth } from '@liqlab/api/auth';
import type { Identity } from '@liqlab/api/context';
import { serverEnv } from '~/env';
import { db } from './db';

const globalForAuth = globalThis as unknown as { liqlabAuth?: Auth };

export function auth(): Auth {
  if (!globalForAuth.liqlabAuth) {
    const env = serverEnv();
    globalForAuth.liqlabAuth = createAuth({
      db: db(),
      secret: env.BETTER_AUTH_SECRET,
      baseURL: env.LIQLAB_PUBLIC_URL,
      secureCookies: env.LIQLAB_PUBLIC_URL.startsWith('https://'),
    });
  }
  return globalForAuth.liqlabAuth;
}

export interface CallerSession {
  /** A guest, an account, or nobody yet. */
  identity: Identity | null;
  /**
   * Cookies better-auth wants the browser to store: a fresh signed session copy after a database
   * read, a refreshed session expiry, or expired cookies for a session that ended. A response that
   * can set cookies must pass them on, or every request of that browser reads the database again.
   */
  setCookies: string[];
}

/** The caller's identity from the session cookies (the signed copy when fresh, else the database). */
export async function callerSession(headers: Headers): Promise<CallerSession> {
  const { response: session, headers: responseHeaders } = await auth().api.getSession({
    headers,
    returnHeaders: true,
  });
  return {
    identity: session ? { userId: session.user.id, isGuest: Boolean(session.user.isAnonymous) } : null,
    setCookies: responseHeaders.getSetCookie(),
  };
}

/**
 * The identity alone, for server components: they cannot set cookies while rendering, so a missing
 * or expired session copy costs them one database read (the browser's next API call stores a fresh one).
 */
export async function identityFrom(headers: Headers): Promise<Identity | null> {
  return (await callerSession(headers)).identity;
}
