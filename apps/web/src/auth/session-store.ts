'use client';

/**
 * The account menu's view of the session, read with plain `fetch` from better-auth's own endpoints:
 * the better-auth client library (≈ 13 kB gzip) is then loaded only by the pages that sign in, sign
 * up or create guests, not by every page for the header.
 */
export interface SessionUser {
  name: string;
  isAnonymous?: boolean | null;
}

const SESSION_CHANGE_EVENT = 'liqlab:session-change';

/** The signed-in (or guest) user, or null without a session. */
export async function fetchSessionUser(): Promise<SessionUser | null> {
  const response = await fetch('/api/auth/get-session', { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not read the session (HTTP ${response.status}).`);
  const body = (await response.json()) as { user?: SessionUser | null } | null;
  return body?.user ?? null;
}

export async function signOut(): Promise<void> {
  const response = await fetch('/api/auth/sign-out', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw new Error(`Could not sign out (HTTP ${response.status}).`);
  notifySessionChange();
}

let sharedRead: Promise<SessionUser | null> | null = null;

/**
 * The session as last read, shared by every reader on the page (the account menu, the lesson's
 * progress) so one page view asks once; read again after a change. A failed read is not kept.
 */
export function sharedSessionUser(): Promise<SessionUser | null> {
  sharedRead ??= fetchSessionUser().catch((error: unknown) => {
    sharedRead = null;
    throw error;
  });
  return sharedRead;
}

/** Tell the session's readers it changed (signed in, signed out, guest created). */
export function notifySessionChange(): void {
  sharedRead = null;
  window.dispatchEvent(new Event(SESSION_CHANGE_EVENT));
}

export function onSessionChange(listener: () => void): () => void {
  window.addEventListener(SESSION_CHANGE_EVENT, listener);
  return () => window.removeEventListener(SESSION_CHANGE_EVENT, listener);
}
