'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useRef, useState } from 'react';
import { authClient } from '~/auth/auth-client';
import { AppLink } from '~/components/ui/app-link';
import { leftForLater, useSendHeldAction } from '~/components/ui/use-send-held-action';

type Mode = 'sign-in' | 'sign-up';

const COPY: Record<Mode, { submit: string; switchText: string; switchHref: string; switchLabel: string }> = {
  'sign-in': {
    submit: 'Sign in',
    switchText: 'New here?',
    switchHref: '/sign-up',
    switchLabel: 'Create an account',
  },
  'sign-up': {
    submit: 'Create account',
    switchText: 'Already have an account?',
    switchHref: '/sign-in',
    switchLabel: 'Sign in',
  },
};

/** Email + password. As a guest, your progress and scenarios move to the account. */
export function CredentialsForm({ mode }: { mode: Mode }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const copy = COPY[mode];
  const formElement = useRef<HTMLFormElement>(null);
  useSendHeldAction(formElement);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (leftForLater(event.currentTarget)) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    setBusy(true);
    setError(null);
    const result =
      mode === 'sign-up'
        ? await authClient.signUp.email({
            email,
            password,
            name: String(form.get('name') ?? '').trim() || email,
          })
        : await authClient.signIn.email({ email, password });
    setBusy(false);
    if (result.error) {
      setError(
        result.error.status === 429
          ? 'Too many attempts. Wait a minute and try again.'
          : (result.error.message ?? 'That did not work. Check your details and try again.'),
      );
      return;
    }
    router.push('/dashboard');
    router.refresh();
  }

  return (
    // POST, not the browser's default GET: a form the browser sends itself (scripts off, or
    // the holding script blocked) must not put the password in the address, the history and the
    // server's logs. It then reaches the page itself, which serves the form again.
    <form
      ref={formElement}
      method="post"
      data-hold-until-ready
      onSubmit={submit}
      className="group flex flex-col gap-4"
      noValidate={false}
    >
      {mode === 'sign-up' && (
        <label className="flex flex-col gap-1 text-sm font-normal">
          Name
          <input
            name="name"
            autoComplete="name"
            maxLength={80}
            className="rounded border border-slate-400 px-3 py-2 dark:bg-slate-900"
          />
        </label>
      )}
      <label className="flex flex-col gap-1 text-sm font-normal">
        Email
        <input
          name="email"
          type="email"
          required
          autoComplete="email"
          maxLength={254}
          className="rounded border border-slate-400 px-3 py-2 dark:bg-slate-900"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-normal">
        Password{' '}
        {mode === 'sign-up' && (
          <span className="font-normal text-slate-600 dark:text-slate-400">(at least 8 characters)</span>
        )}
        <input
          name="password"
          type="password"
          required
          minLength={8}
          maxLength={128}
          autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
          className="rounded border border-slate-400 px-3 py-2 dark:bg-slate-900"
        />
      </label>
      {error && (
        <p role="alert" className="rounded border border-danger p-2 text-sm text-danger">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-60 group-aria-busy:cursor-progress group-aria-busy:opacity-60 dark:bg-slate-100 dark:text-slate-900"
      >
        {busy ? 'Please wait…' : copy.submit}
      </button>
      <p className="text-sm">
        {copy.switchText}{' '}
        <AppLink href={copy.switchHref} className="underline">
          {copy.switchLabel}
        </AppLink>
      </p>
    </form>
  );
}
