import type { Metadata } from 'next';
import { DashboardView } from './dashboard-view';

export const metadata: Metadata = { title: 'My progress' };

export default function DashboardPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">My progress</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Saved for this browser as a guest; create an account to keep it across devices.
      </p>
      <DashboardView />
    </main>
  );
}
