'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { fetchSessionUser, onSessionChange, type SessionUser, signOut } from '~/auth/session-store';

type SessionState = { status: 'pending' } | { status: 'known'; user: SessionUser | null };

/** Guest or signed in, at a glance, with the one action that fits. */
export function AccountMenu() {
  const router = useRouter();
  const [session, setSession] = useState<SessionState>({ status: 'pending' });
  useEffect(() => {
    let active = true;
    let latest = 0;
    // Only the answer to the latest read is applied, and none after unmount.
    const read = () => {
      const request = ++latest;
      fetchSessionUser().then(
        (user) => {
          if (active && request === latest) setSession({ status: 'known', user });
        },
        // An unreadable session shows the signed-out menu: signing in still works from there.
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
  if (session.status === 'pending') return <span className="text-sm text-slate-500">…</span>;
  const { user } = session;
  if (!user || user.isAnonymous) {
    return (
      <span className="flex items-center gap-3 text-sm">
        {user && <span className="text-slate-600 dark:text-slate-400">Guest</span>}
        <Link href="/settings" className="underline">
          Settings
        </Link>
        <Link href="/sign-in" className="underline">
          Sign in
        </Link>
        <Link
          href="/sign-up"
          className="rounded bg-slate-900 px-2 py-1 text-white dark:bg-slate-100 dark:text-slate-900"
        >
          Sign up
        </Link>
      </span>
    );
  }
  return (
    <span className="flex items-center gap-3 text-sm">
      <span data-testid="account-name">{user.name}</span>
      <Link href="/settings" className="underline">
        Settings
      </Link>
      <button
        type="button"
        className="underline"
        onClick={async () => {
          await signOut();
          router.refresh();
        }}
      >
        Sign out
      </button>
    </span>
  );
}
