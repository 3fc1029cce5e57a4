import { allQuestions } from '@liqlab/content/quizzes/course';
import type { Metadata } from 'next';
import { quizExhibits } from '~/components/learn/quiz/quiz-exhibits';
import { AppLink } from '~/components/ui/app-link';
import { DashboardView } from './dashboard-view';

export const metadata: Metadata = { title: 'My progress' };

export default function DashboardPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">My progress</h1>
      <DashboardView exhibits={quizExhibits(allQuestions)} />
      <section
        aria-labelledby="my-scenarios"
        className="mt-8 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      >
        <h2 id="my-scenarios" className="text-lg font-semibold">
          My scenarios
        </h2>
        <p className="mt-1 text-sm">
          The positions you saved in the sandbox, with how each one ends.{' '}
          <AppLink href="/sandbox/mine" className="font-normal text-safe underline">
            Open my scenarios
          </AppLink>
        </p>
      </section>
    </main>
  );
}
