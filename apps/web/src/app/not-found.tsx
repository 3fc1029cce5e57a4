import type { Metadata } from 'next';
import { AppLink } from '~/components/ui/app-link';

export const metadata: Metadata = { title: 'Page not found' };

const WAYS_ON = [
  { href: '/', label: 'Home', note: 'Start from the beginning.' },
  { href: '/learn', label: 'Learn', note: 'Short lessons with quizzes.' },
  { href: '/sandbox', label: 'Sandbox', note: 'Open a leveraged position and replay the price.' },
] as const;

// Prerendered once and served for any unknown path: so the CSP of every page rendered per request
// also allows this page's inline scripts (see proxy.ts).
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-danger">404</p>
      <h1 className="mb-3 text-3xl font-semibold">This page does not exist</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        The link may be mistyped, or the page (a shared scenario, perhaps) was removed.
      </p>
      <ul className="space-y-3">
        {WAYS_ON.map((way) => (
          <li key={way.href}>
            <AppLink href={way.href} className="font-semibold underline">
              {way.label}
            </AppLink>{' '}
            <span className="text-slate-600 dark:text-slate-400">— {way.note}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
