import { CASE_STUDIES } from '@liqlab/content/case-studies/case-studies';
import type { Metadata } from 'next';
import { caseStudyFigures } from '~/components/learn/case-study-figures';
import { AppLink } from '~/components/ui/app-link';

export const metadata: Metadata = {
  title: 'Real events',
  description: 'Four real crypto crashes, reconstructed from published reports and replayed by the engine.',
};

export default function CaseStudiesPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <AppLink href="/learn" className="underline">
          Learn
        </AppLink>{' '}
        / Real events
      </nav>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">Real events</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Crashes and cascades that really happened, told from dated, cited reports. Each price path is rebuilt
        from the published highs and lows, and the engine replays the same leveraged long through it: which
        leverage would have survived, and what a stop would have done.
      </p>
      <ul className="mt-8 space-y-4">
        {CASE_STUDIES.map((study) => {
          const figures = caseStudyFigures(study);
          return (
            <li key={study.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <h2 className="text-lg font-semibold">
                <AppLink href={`/learn/case-studies/${study.id}`} className="hover:underline">
                  {study.title}
                </AppLink>
              </h2>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                Bitcoin fell {figures.fall}, from {figures.entryPrice} to {figures.lowPrice}.{' '}
                {figures.highestSurvivingLeverage === null
                  ? 'No leveraged long survived.'
                  : `The highest leverage that survived: ${figures.highestSurvivingLeverage}×.`}
              </p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
