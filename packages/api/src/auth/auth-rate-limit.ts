import type { Database } from '@liqlab/db/client';
import { ApiError } from '../errors/api-error';
import { consumeRateLimit } from '../rate-limit/rate-limiter';
import { admitSignInAttempt, forgetSignInAttempts } from './sign-in-throttle';

/**
 * Attempts per client address per minute on the endpoints that take a password or make a user.
 * Counted only when the address is known (LIQLAB_TRUSTED_PROXY_HOPS): an unknown address is no key
 * at all — one bucket for every caller would let one client lock everyone out.
 */
const PER_ADDRESS: Record<string, { limit: number; windowMs: number; action: string }> = {
  '/sign-in/email': { limit: 10, windowMs: 60_000, action: 'sign-in attempts' },
  '/sign-up/email': { limit: 5, windowMs: 60_000, action: 'sign-ups' },
  '/sign-in/anonymous': { limit: 30, windowMs: 60_000, action: 'guest sessions' },
};

const SIGN_IN_PATH = '/sign-in/email';

/** One request to the auth routes, as the limits see it. */
export interface AuthAttempt {
  method: string;
  /** The path below /api/auth, e.g. `/sign-in/email`. */
  path: string;
  clientIp: string | null;
  /** The account a sign-in names (from its JSON body), when it names one. */
  email: string | null;
}

export function authAttemptOf(request: Request, clientIp: string | null, body: unknown): AuthAttempt {
  const email =
    typeof body === 'object' && body !== null && 'email' in body && typeof body.email === 'string'
      ? body.email
      : null;
  return {
    method: request.method,
    path: new URL(request.url).pathname.replace(/^.*\/api\/auth/, ''),
    clientIp,
    email,
  };
}

function tooMany(message: string, retryAfterSeconds: number): Response {
  return Response.json(
    { code: 'RATE_LIMITED', message },
    { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
  );
}

/**
 * Throttles sign-in and sign-up in PostgreSQL (so the limits hold across every app instance) before
 * better-auth sees the request: per client address where it is known, and sign-in per account with
 * an increasing wait (sign-in-throttle.ts). Returns a 429 response when over a limit, else null.
 * `rateLimitScale` multiplies the limits and the free attempts (see consumeRateLimit).
 */
export async function limitAuthRequest(
  db: Database,
  attempt: AuthAttempt,
  rateLimitScale = 1,
): Promise<Response | null> {
  if (attempt.method !== 'POST') return null;
  const rule = PER_ADDRESS[attempt.path];
  if (!rule) return null;
  if (attempt.clientIp !== null) {
    try {
      await consumeRateLimit(db, { key: `auth${attempt.path}:${attempt.clientIp}`, ...rule }, rateLimitScale);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'RATE_LIMITED') throw error;
      return tooMany(error.message, Number(error.details?.retryAfterSeconds ?? 60));
    }
  }
  if (attempt.path === SIGN_IN_PATH && attempt.email !== null) {
    const admission = await admitSignInAttempt(db, attempt.email, rateLimitScale);
    if (!admission.admitted) {
      const s = admission.retryAfterSeconds;
      return tooMany(`Too many sign-in attempts for this account; try again in ${s} s.`, s);
    }
  }
  return null;
}

/** After better-auth answered: a successful sign-in frees the account's next attempts. */
export async function settleAuthAttempt(db: Database, attempt: AuthAttempt, status: number): Promise<void> {
  if (
    attempt.method === 'POST' &&
    attempt.path === SIGN_IN_PATH &&
    attempt.email !== null &&
    status === 200
  ) {
    await forgetSignInAttempts(db, attempt.email);
  }
}
