'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signOut } from '~/auth/session-store';
import { useSessionUser } from '~/auth/use-session-user';

/** Guest or signed in, at a glance, with the one action that fits. */
export function AccountMenu() {
  const router = useRouter();
  const session = useSessionUser();
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
