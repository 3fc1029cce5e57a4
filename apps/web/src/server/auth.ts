import 'server-only';
import { type Auth, createAuth } from '@liqlab/api/auth';
import type { Identity } from '@liqlab/api/context';
import { serverEnv } from '~/env';
import { db } from './db';
import { logger } from './logger';
import { sessionCookieValues, VerifiedSessionCopies } from './verified-session-copies';

const globalForAuth = globalThis as unknown as {
  liqlabAuth?: Auth;
  liqlabSessionCopies?: VerifiedSessionCopies;
  liqlabSessionCookieNames?: { token: string; copy: string };
};

export function auth(): Auth {
  if (!globalForAuth.liqlabAuth) {
    const env = serverEnv();
    globalForAuth.liqlabAuth = createAuth({
      db: db(),
      secret: env.BETTER_AUTH_SECRET,
      baseURL: env.LIQLAB_PUBLIC_URL,
      secureCookies: env.LIQLAB_PUBLIC_URL.startsWith('https://'),
      log: logger(),
    });
  }
  return globalForAuth.liqlabAuth;
}

/** The session cookies' names as better-auth writes them (`__Secure-` prefixed over https). */
async function sessionCookieNames(): Promise<{ token: string; copy: string }> {
  if (!globalForAuth.liqlabSessionCookieNames) {
    const { authCookies } = await auth().$context;
    globalForAuth.liqlabSessionCookieNames = {
      token: authCookies.sessionToken.name,
      copy: authCookies.sessionData.name,
    };
  }
  return globalForAuth.liqlabSessionCookieNames;
}

function verifiedCopies(): VerifiedSessionCopies {
  globalForAuth.liqlabSessionCopies ??= new VerifiedSessionCopies();
  return globalForAuth.liqlabSessionCopies;
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
  const cookies = sessionCookieValues(headers.get('cookie'), await sessionCookieNames());
  const known = cookies ? verifiedCopies().get(cookies.key, Date.now()) : undefined;
  if (known) return { identity: known, setCookies: [] };

  const { response: session, headers: responseHeaders } = await auth().api.getSession({
    headers,
    returnHeaders: true,
  });
  const setCookies = responseHeaders.getSetCookie();
  if (!session) return { identity: null, setCookies };
  const identity = { userId: session.user.id, isGuest: Boolean(session.user.isAnonymous) };
  // Nothing to store means better-auth answered from the copy alone: remember that answer.
  if (cookies && setCookies.length === 0) {
    const expiresAt = Math.min(cookies.copyExpiresAt, new Date(session.session.expiresAt).getTime());
    verifiedCopies().set(cookies.key, identity, expiresAt);
  }
  return { identity, setCookies };
}

/**
 * The identity alone, for server components: they cannot set cookies while rendering, so a missing
 * or expired session copy costs them one database read (the browser's next API call stores a fresh one).
 */
export async function identityFrom(headers: Headers): Promise<Identity | null> {
  return (await callerSession(headers)).identity;
}
