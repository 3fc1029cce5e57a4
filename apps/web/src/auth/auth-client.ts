'use client';

import { anonymousClient } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';
import { notifySessionChange } from './session-store';

export const authClient = createAuthClient({ plugins: [anonymousClient()] });

// Every sign-in, sign-up, sign-out and guest creation through this client raises better-auth's
// session signal; the account menu (which reads the session without this library) follows it.
// `listen` calls back once at once with the current value: that first call is not a change.
if (typeof window !== 'undefined') {
  let initial = true;
  authClient.$store.listen('$sessionSignal', () => {
    if (initial) initial = false;
    else notifySessionChange();
  });
}

let pending: Promise<void> | null = null;

/**
 * Newcomers need no account: the first time something must be stored (a quiz answer, a saved
 * scenario), a guest identity is created. Concurrent callers share one request.
 */
export function ensureSession(): Promise<void> {
  pending ??= (async () => {
    const { data } = await authClient.getSession();
    if (data?.session) return;
    const { error } = await authClient.signIn.anonymous();
    if (error) throw new Error(error.message ?? 'Could not start a guest session.');
  })().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
