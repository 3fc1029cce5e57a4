'use client';

import { useRouter } from 'next/navigation';
import { signOut } from '~/auth/session-store';
import { useIsAdministrator } from '~/auth/use-is-administrator';
import { useSessionUser } from '~/auth/use-session-user';
import { AppLink } from '~/components/ui/app-link';

/**
 * Guest or signed in, at a glance, with the one action that fits. In the header bar (`bar`) a phone
 * shows only Sign in (guests); the rest is in the site menu (`menu`), which only phones open.
 */
export function AccountMenu({ placement }: { placement: 'bar' | 'menu' }) {
  const router = useRouter();
  const session = useSessionUser();
  const isAdministrator = useIsAdministrator(session);
  const inBar = placement === 'bar';
  // In the bar, what waits in the menu on a phone.
  const wideOnly = inBar ? 'hidden lg:inline' : '';
  if (session.status === 'pending') {
    return inBar ? <span className="text-sm text-slate-500">…</span> : null;
  }
  const { user } = session;
  if (!user || user.isAnonymous) {
    return (
      <span className={`flex items-center gap-3 text-sm ${inBar ? '' : 'flex-wrap'}`}>
        {user && <span className={`text-slate-600 dark:text-slate-400 ${wideOnly}`}>Guest</span>}
        <AppLink href="/settings" className={`underline ${wideOnly}`}>
          Settings
        </AppLink>
        {inBar ? (
          <AppLink href="/sign-in" className="underline">
            Sign in
          </AppLink>
        ) : null}
        <AppLink
          href="/sign-up"
          className={`rounded bg-slate-900 px-2 py-1 text-white dark:bg-slate-100 dark:text-slate-900 ${wideOnly}`}
        >
          Sign up
        </AppLink>
      </span>
    );
  }
  return (
    <span className={`flex items-center gap-3 text-sm ${inBar ? '' : 'flex-wrap'}`}>
      <span className={wideOnly} {...(inBar ? { 'data-testid': 'account-name' } : {})}>
        {user.name}
      </span>
      <AppLink href="/settings" className={`underline ${wideOnly}`}>
        Settings
      </AppLink>
      {isAdministrator ? (
        <AppLink href="/admin/moderation" className={`underline ${wideOnly}`}>
          Moderation
        </AppLink>
      ) : null}
      <button
        type="button"
        className={`underline ${wideOnly}`}
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
