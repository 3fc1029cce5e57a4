import type { Metadata } from 'next';
import { CredentialsForm } from '~/components/auth/credentials-form';

export const metadata: Metadata = { title: 'Create an account' };

export default function SignUpPage() {
  return (
    <main className="mx-auto max-w-md px-6 py-12">
      <h1 className="mb-2 text-3xl font-semibold">Create an account</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        Keep your progress and scenarios across devices. Everything you did as a guest moves into the account.
      </p>
      <CredentialsForm mode="sign-up" />
    </main>
  );
}
