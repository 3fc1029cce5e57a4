'use client';

import { anonymousClient } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';

export const authClient = createAuthClient({ plugins: [anonymousClient()] });

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
