import 'server-only';
import { type Auth, createAuth } from '@liqlab/api/auth';
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

/** The caller's identity from the session cookie: a guest, an account, or nobody yet. */
export async function identityFrom(headers: Headers): Promise<{ userId: string; isGuest: boolean } | null> {
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  return { userId: session.user.id, isGuest: Boolean(session.user.isAnonymous) };
}
