import { describe, expect, it } from 'vitest';
import { sessionCookieValues, VerifiedSessionCopies } from './verified-session-copies';

const NAMES = { token: 'better-auth.session_token', copy: 'better-auth.session_data' };
const guest = { identity: { userId: 'u1', isGuest: true }, token: 'tok' };

function compactCopy(expiresAt: unknown): string {
  return Buffer.from(JSON.stringify({ session: {}, expiresAt, signature: 'sig' })).toString('base64url');
}

describe('VerifiedSessionCopies', () => {
  it('answers for a copy until it expires, never after', () => {
    const copies = new VerifiedSessionCopies();
    copies.set('k', guest, 1_000);
    expect(copies.get('k', 999)).toEqual(guest);
    expect(copies.get('k', 1_000)).toBeUndefined();
    expect(copies.get('k', 999)).toBeUndefined();
    expect(copies.get('other', 0)).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the oldest', () => {
    const copies = new VerifiedSessionCopies(2);
    copies.set('a', guest, 10);
    copies.set('b', guest, 10);
    copies.set('c', guest, 10);
    expect(copies.size).toBe(2);
    expect(copies.get('a', 0)).toBeUndefined();
    expect(copies.get('c', 0)).toEqual(guest);
  });
});

describe('sessionCookieValues', () => {
  it('keys on the exact token and copy, and reads the copy’s expiry', () => {
    const header = `theme=dark; ${NAMES.token}=tok.sig; ${NAMES.copy}=${compactCopy(1234)}`;
    expect(sessionCookieValues(header, NAMES)).toEqual({
      key: `${NAMES.token}=tok.sig; ${NAMES.copy}=${compactCopy(1234)}`,
      copyExpiresAt: 1234,
    });
    const otherToken = sessionCookieValues(
      `${NAMES.token}=tok.sig2; ${NAMES.copy}=${compactCopy(1234)}`,
      NAMES,
    );
    expect(otherToken?.key).not.toBe(sessionCookieValues(header, NAMES)?.key);
  });

  it('remembers nothing without both cookies, for a chunked copy, or an unreadable one', () => {
    expect(sessionCookieValues(null, NAMES)).toBeNull();
    expect(sessionCookieValues(`${NAMES.token}=t`, NAMES)).toBeNull();
    expect(sessionCookieValues(`${NAMES.copy}=${compactCopy(1)}`, NAMES)).toBeNull();
    expect(
      sessionCookieValues(`${NAMES.token}=t; ${NAMES.copy}=${compactCopy(1)}; ${NAMES.copy}.0=x`, NAMES),
    ).toBeNull();
    expect(sessionCookieValues(`${NAMES.token}=t; ${NAMES.copy}=not-json`, NAMES)).toBeNull();
    expect(sessionCookieValues(`${NAMES.token}=t; ${NAMES.copy}=${compactCopy('soon')}`, NAMES)).toBeNull();
  });
});
