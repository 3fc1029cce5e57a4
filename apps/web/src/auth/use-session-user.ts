'use client';

import { useEffect, useState } from 'react';
import { onSessionChange, type SessionUser, sharedSessionUser } from './session-store';

export type SessionState = { status: 'pending' } | { status: 'known'; user: SessionUser | null };

/**
 * The signed-in or guest user, followed across sign-in, sign-out and guest creation. An unreadable
 * session reads as none: every reader then offers what works without one (signing in, for one).
 */
export function useSessionUser(): SessionState {
  const [session, setSession] = useState<SessionState>({ status: 'pending' });
  useEffect(() => {
    let active = true;
    let latest = 0;
    // Only the answer to the latest read is applied, and none after unmount.
    const read = () => {
      const request = ++latest;
      sharedSessionUser().then(
        (user) => {
          if (active && request === latest) setSession({ status: 'known', user });
        },
        () => {
          if (active && request === latest) setSession({ status: 'known', user: null });
        },
      );
    };
    read();
    const stop = onSessionChange(read);
    return () => {
      active = false;
      stop();
    };
  }, []);
  return session;
}
