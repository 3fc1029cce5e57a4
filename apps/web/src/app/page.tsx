import { lessonCatalog } from '@liqlab/content/lessons/lesson-catalog';
import { AppLink } from '~/components/ui/app-link';

export default function HomePage() {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-danger">Liquidation Lab</p>
      <h1 className="text-4xl font-semibold tracking-tight">
        Understand liquidation before it happens to you.
      </h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">
        When a leveraged position runs out of margin, the exchange closes it for you. Learn why that happens,
        how exchanges compute the price at which it happens, and what stop-losses, smaller positions and
        calmer entries change — with every figure computed by an exact, exchange-grade engine.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        <li>
          <AppLink
            className="block rounded-lg border border-slate-300 p-4 hover:border-slate-500 dark:border-slate-700"
            href="/learn"
          >
            <span className="font-semibold">Start the course</span>
            <span className="block text-sm text-slate-600 dark:text-slate-400">
              {lessonCatalog.length} short lessons with quizzes.
            </span>
          </AppLink>
        </li>
        <li>
          <AppLink
            className="block rounded-lg border border-slate-300 p-4 hover:border-slate-500 dark:border-slate-700"
            href="/sandbox"
          >
            <span className="font-semibold">Open the sandbox</span>
            <span className="block text-sm text-slate-600 dark:text-slate-400">
              Build a position, replay the price.
            </span>
          </AppLink>
        </li>
        <li>
          <AppLink
            className="block rounded-lg border border-slate-300 p-4 hover:border-slate-500 dark:border-slate-700"
            href="/explain"
          >
            <span className="font-semibold">Explain my liquidation</span>
            <span className="block text-sm text-slate-600 dark:text-slate-400">
              Your exchange's price, worked out step by step.
            </span>
          </AppLink>
        </li>
        <li>
          <AppLink
            className="block rounded-lg border border-slate-300 p-4 hover:border-slate-500 dark:border-slate-700"
            href="/gallery"
          >
            <span className="font-semibold">Browse scenarios</span>
            <span className="block text-sm text-slate-600 dark:text-slate-400">
              Shared by learners and curated.
            </span>
          </AppLink>
        </li>
      </ul>
    </main>
  );
}
