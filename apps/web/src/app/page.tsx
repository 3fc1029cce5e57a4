import { DatabaseStatus } from './database-status';

export default function HomePage() {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-danger">Liquidation Lab</p>
      <h1 className="text-4xl font-bold tracking-tight">Understand liquidation before it happens to you.</h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">
        When a leveraged position runs out of margin, the exchange closes it for you. Learn why that happens,
        how exchanges compute the price at which it happens, and what stop-losses, smaller positions and
        calmer entries change — with every figure computed by an exact, exchange-grade engine.
      </p>
      <footer className="mt-16 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        <p>Educational only — not investment advice.</p>
        <p>
          <DatabaseStatus />
        </p>
      </footer>
    </main>
  );
}
