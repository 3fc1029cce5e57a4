import type { Metadata } from 'next';
import { CredentialsForm } from '~/components/auth/credentials-form';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <main className="mx-auto max-w-md px-6 py-12">
      <h1 className="mb-2 text-3xl font-semibold">Sign in</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        What you did as a guest on this device comes with you.
      </p>
      <CredentialsForm mode="sign-in" />
    </main>
  );
}
