import type { Database } from '@liqlab/db/client';
import { ApiError } from '../errors/api-error';
import { consumeRateLimit } from '../rate-limit/rate-limiter';

/** Attempts per client address per minute on the endpoints that take a password. */
const LIMITS: Record<string, { limit: number; windowMs: number; action: string }> = {
  '/sign-in/email': { limit: 10, windowMs: 60_000, action: 'sign-in attempts' },
  '/sign-up/email': { limit: 5, windowMs: 60_000, action: 'sign-ups' },
  '/sign-in/anonymous': { limit: 30, windowMs: 60_000, action: 'guest sessions' },
};

/**
 * Throttles sign-in and sign-up in PostgreSQL (so the limit holds across every app instance)
 * before better-auth sees the request. Returns a 429 response when over the limit, else null.
 * `rateLimitScale` multiplies the limits (see consumeRateLimit).
 */
export async function limitAuthRequest(
  db: Database,
  request: Request,
  clientIp: string | null,
  rateLimitScale = 1,
): Promise<Response | null> {
  if (request.method !== 'POST') return null;
  const path = new URL(request.url).pathname.replace(/^.*\/api\/auth/, '');
  const rule = LIMITS[path];
  if (!rule) return null;
  try {
    await consumeRateLimit(db, { key: `auth${path}:${clientIp ?? 'unknown'}`, ...rule }, rateLimitScale);
    return null;
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'RATE_LIMITED') throw error;
    const retryAfter = String(error.details?.retryAfterSeconds ?? 60);
    return Response.json(
      { code: 'RATE_LIMITED', message: error.message },
      { status: 429, headers: { 'retry-after': retryAfter } },
    );
  }
}
