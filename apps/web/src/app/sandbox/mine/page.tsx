import type { Metadata } from 'next';
import { MyScenarios } from '~/components/sandbox/my-scenarios';
import { AppLink } from '~/components/ui/app-link';

export const metadata: Metadata = { title: 'My scenarios' };

export default function MyScenariosPage() {
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">My scenarios</h1>
        <AppLink href="/sandbox" className="text-sm font-normal text-safe underline">
          New scenario
        </AppLink>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Saved in this browser’s guest session, or in your account once you sign in. Unsaved edits stay in the
        sandbox, on the scenario’s own page, until you save or discard them.
      </p>
      <MyScenarios />
    </main>
  );
}
