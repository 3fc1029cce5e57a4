import type { Identity } from '@liqlab/api/context';

/**
 * Signed session copies (better-auth's `session_data` cookie, compact strategy) that better-auth has
 * already verified in this process, by their exact cookie values, until the copy expires.
 *
 * Verifying a copy costs two HMACs and better-auth's endpoint machinery (≈ 1 ms of CPU) on every API
 * request, for the same bytes each time: a browser sends the same copy for its whole 5 minutes. The
 * answer for those bytes cannot change before the copy's own expiry — better-auth reads nothing else
 * for a fresh copy — so remembering it changes nothing a caller can observe: a forged or altered
 * cookie never matches, and a copy is never trusted past the moment better-auth would stop trusting it.
 * (What a copy cannot know — that its session ended meanwhile — is checked per request in auth.ts.)
 */
export interface VerifiedSession {
  identity: Identity;
  /** The session's token, for the revocation check a fresh copy still needs (auth.ts). */
  token: string;
}

export class VerifiedSessionCopies {
  private readonly entries = new Map<string, { session: VerifiedSession; expiresAt: number }>();

  constructor(private readonly maxEntries = 10_000) {}

  get(key: string, now: number): VerifiedSession | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.session;
  }

  set(key: string, session: VerifiedSession, expiresAt: number): void {
    if (this.entries.size >= this.maxEntries) {
      // Oldest first (Map keeps insertion order): a full cache drops what expires soonest.
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { session, expiresAt });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface SessionCookieValues {
  /** `<name>=<value>` of the session token and the session copy, as the browser sent them. */
  key: string;
  /** The copy's own expiry (ms since the epoch), read from its payload. */
  copyExpiresAt: number;
}

/**
 * The session token and session copy cookies of a Cookie header, when both are present and the copy
 * is in one piece (better-auth splits copies over 4 KB into numbered chunks; those are not remembered).
 */
export function sessionCookieValues(
  cookieHeader: string | null,
  names: { token: string; copy: string },
): SessionCookieValues | null {
  if (!cookieHeader) return null;
  let token: string | undefined;
  let copy: string | undefined;
  for (const part of cookieHeader.split(';')) {
    const pair = part.trim();
    const name = pair.slice(0, Math.max(0, pair.indexOf('=')));
    if (name === names.token) token = pair;
    else if (name === names.copy) copy = pair;
    else if (name.startsWith(`${names.copy}.`)) return null;
  }
  if (!token || !copy) return null;
  const copyExpiresAt = compactCopyExpiry(copy.slice(copy.indexOf('=') + 1));
  return copyExpiresAt === null ? null : { key: `${token}; ${copy}`, copyExpiresAt };
}

/** The `expiresAt` of a compact copy (base64url JSON `{ session, expiresAt, signature }`), unverified. */
function compactCopyExpiry(value: string): number | null {
  try {
    const parsed = JSON.parse(Buffer.from(decodeURIComponent(value), 'base64url').toString('utf8')) as {
      expiresAt?: unknown;
    };
    return typeof parsed.expiresAt === 'number' && Number.isFinite(parsed.expiresAt)
      ? parsed.expiresAt
      : null;
  } catch {
    return null;
  }
}
