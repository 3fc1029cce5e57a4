import 'server-only';
import { type Auth, createAuth } from '@liqlab/api/auth';
import type { Identity } from '@liqlab/api/context';
import { isSessionLive } from '@liqlab/api/session-repository';
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
   * The cookies named a session that has ended (signed out, account deleted) while their signed copy
   * was still fresh: the caller gets nothing, and `setCookies` expires both cookies.
   */
  sessionEnded: boolean;
  /**
   * Cookies better-auth wants the browser to store: a fresh signed session copy after a database
   * read, a refreshed session expiry, or expired cookies for a session that ended. A response that
   * can set cookies must pass them on, or every request of that browser reads the database again.
   */
  setCookies: string[];
}

/** Set-Cookie lines that delete both session cookies (the attributes better-auth sets them with). */
function expiredSessionCookies(names: { token: string; copy: string }): string[] {
  return [names.token, names.copy].map(
    (name) =>
      `${name}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax${name.startsWith('__Secure-') ? '; Secure' : ''}`,
  );
}

/**
 * The caller's identity from the session cookies (the signed copy when fresh, else the database).
 *
 * A fresh copy is signed, but it cannot know that its session ended since it was issued: a sign-out
 * or an account deletion on any instance deletes the session row, so every request that names a
 * session by its copy also asks PostgreSQL whether that row still exists (one indexed lookup, session-repository.ts).
 * Ending a session therefore takes effect everywhere at once, not when the copy expires.
 */
export async function callerSession(headers: Headers): Promise<CallerSession> {
  const names = await sessionCookieNames();
  const cookies = sessionCookieValues(headers.get('cookie'), names);
  let verified = cookies ? verifiedCopies().get(cookies.key, Date.now()) : undefined;
  let setCookies: string[] = [];
  // Whether the identity came from a signed copy (here, or inside better-auth) without a database read.
  let fromCopy = verified !== undefined;
  if (!verified) {
    const { response: session, headers: responseHeaders } = await auth().api.getSession({
      headers,
      returnHeaders: true,
    });
    setCookies = responseHeaders.getSetCookie();
    if (!session) return { identity: null, sessionEnded: false, setCookies };
    verified = {
      identity: { userId: session.user.id, isGuest: Boolean(session.user.isAnonymous) },
      token: session.session.token,
    };
    // Nothing to store means better-auth answered from the copy alone: remember that answer.
    fromCopy = setCookies.length === 0;
    if (cookies && fromCopy) {
      const expiresAt = Math.min(cookies.copyExpiresAt, new Date(session.session.expiresAt).getTime());
      verifiedCopies().set(cookies.key, verified, expiresAt);
    }
  }
  if (fromCopy && !(await isSessionLive(db(), verified.token))) {
    if (cookies) verifiedCopies().delete(cookies.key);
    return { identity: null, sessionEnded: true, setCookies: expiredSessionCookies(names) };
  }
  return { identity: verified.identity, sessionEnded: false, setCookies };
}

/**
 * The identity alone, for server components: they cannot set cookies while rendering, so a missing
 * or expired session copy costs them one database read (the browser's next API call stores a fresh one).
 */
export async function identityFrom(headers: Headers): Promise<Identity | null> {
  return (await callerSession(headers)).identity;
}
