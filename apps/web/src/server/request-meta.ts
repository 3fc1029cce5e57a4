import { randomUUID } from 'node:crypto';

/** The client's address as the nearest trusted proxy reports it (first X-Forwarded-For hop). */
export function clientIpOf(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || null;
}

export function requestIdOf(headers: Headers): string {
  const given = headers.get('x-request-id');
  return given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
}
