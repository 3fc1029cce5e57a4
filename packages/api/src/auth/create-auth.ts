import type { Database } from '@liqlab/db/client';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { anonymous } from 'better-auth/plugins/anonymous';
import type { Logger } from '../logger';
import { moveGuestData } from '../repositories/account-repository';
import { checkUserName } from './user-name';

/** How long a browser's signed session copy is trusted without asking the database. */
export const SESSION_COOKIE_CACHE_SECONDS = 5 * 60;

export interface AuthOptions {
  db: Database;
  /** The app's JSON logger; better-auth's own lines go through it. Without one they are dropped. */
  log?: Logger;
  /** Signs session cookies; the same value on every app instance (BETTER_AUTH_SECRET). */
  secret: string;
  baseURL?: string;
  /** Secure cookies whenever the app is served over HTTPS (production). */
  secureCookies: boolean;
  trustedOrigins?: string[];
}

/**
 * Email + password accounts and guest (anonymous) identities, stored in PostgreSQL through Prisma.
 * Sessions live in the database, so any app instance can serve any request; each browser also
 * holds a short-lived signed copy (see `cookieCache`).
 */
export function createAuth(options: AuthOptions) {
  return betterAuth({
    database: prismaAdapter(options.db, { provider: 'postgresql' }),
    secret: options.secret,
    baseURL: options.baseURL,
    trustedOrigins: options.trustedOrigins,
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      // A signed copy of the session in a second cookie (better-auth.session_data), so most
      // requests resolve who is calling without a database read. The price: a session ended
      // elsewhere (sign-out on another device, a deleted account) stays usable on other devices
      // until their copy expires — at most SESSION_COOKIE_CACHE_SECONDS. Writes by a user deleted
      // meanwhile fail with SESSION_ENDED (trpc.ts), never with a server error.
      cookieCache: { enabled: true, maxAge: SESSION_COOKIE_CACHE_SECONDS, strategy: 'compact' },
    },
    databaseHooks: {
      user: {
        create: { before: async (user) => checkUserName(user.name) },
        update: { before: async (user) => checkUserName(user.name) },
      },
    },
    // Rate limits are ours (database-backed, shared by every instance); better-auth's default
    // store is in process memory.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Its lines go through the app's JSON logger (and its level), not coloured text on stdout.
    logger: {
      level: 'debug',
      log: (level, message, ...args) =>
        options.log?.[level](
          { source: 'better-auth', ...(args.length > 0 ? { details: args } : {}) },
          message,
        ),
    },
    advanced: {
      useSecureCookies: options.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: options.secureCookies },
    },
    plugins: [
      anonymous({
        emailDomainName: 'guest.liquidation-lab.invalid',
        generateName: () => 'Guest',
        // A guest who signs up (or signs in) keeps everything: progress and scenarios move to the
        // account before better-auth deletes the guest identity.
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await moveGuestData(options.db, anonymousUser.user.id, newUser.user.id);
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
