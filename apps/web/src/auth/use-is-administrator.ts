'use client';

import { useEffect, useState } from 'react';
import type { SessionState } from './use-session-user';

/**
 * Whether the signed-in account may moderate, for the account menu's link: asked with a plain GET
 * (the header loads no tRPC client) once the session is an account, never for guests or visitors.
 * The page itself still checks the role on every request; a failed read hides the link.
 */
export function useIsAdministrator(session: SessionState): boolean {
  const isAccount = session.status === 'known' && session.user !== null && !session.user.isAnonymous;
  const name = session.status === 'known' ? session.user?.name : undefined;
  const [admin, setAdmin] = useState(false);
  useEffect(() => {
    setAdmin(false);
    if (!isAccount) return;
    let active = true;
    fetch('/api/trpc/account.isAdministrator', { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : null))
      .then(
        (body: { result?: { data?: unknown } } | null) => {
          if (active) setAdmin(body?.result?.data === true);
        },
        () => undefined,
      );
    return () => {
      active = false;
    };
    // The name changes when another account signs in on this page.
  }, [isAccount, name]);
  return admin;
}
