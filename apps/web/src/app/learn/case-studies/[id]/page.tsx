import { CASE_STUDIES, caseStudyById } from '@liqlab/content/case-studies/case-studies';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { caseStudyFigures } from '~/components/learn/case-study-figures';
import { CaseStudyView } from '~/components/learn/case-study-view';
import { AppLink } from '~/components/ui/app-link';
import { orderedLessons } from '../../lesson-nav';

type Params = Promise<{ id: string }>;

export function generateStaticParams() {
  return CASE_STUDIES.map((study) => ({ id: study.id }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const study = caseStudyById((await params).id);
  return study ? { title: study.title, description: study.story[0] } : {};
}

export default async function CaseStudyPage({ params }: { params: Params }) {
  const study = caseStudyById((await params).id);
  if (!study) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <AppLink href="/learn" className="underline">
          Learn
        </AppLink>{' '}
        /{' '}
        <AppLink href="/learn/case-studies" className="underline">
          Real events
        </AppLink>
      </nav>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{study.title}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Case study · reconstructed from published reports
      </p>
      <CaseStudyView
        study={study}
        figures={caseStudyFigures(study)}
        lessonTitles={Object.fromEntries(orderedLessons.map((l) => [l.slug, l.title]))}
      />
    </main>
  );
}
