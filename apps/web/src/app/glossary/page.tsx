import { glossary, glossaryTerm } from '@liqlab/content/glossary/terms';
import type { Metadata } from 'next';
import { lessonBySlug } from '../learn/lesson-nav';
import { type GlossaryEntry, GlossaryList } from './glossary-list';

export const metadata: Metadata = {
  title: 'Glossary',
  description:
    'Every term of the course — leverage, margin, liquidation price, funding and more — in plain words.',
};

export default function GlossaryPage() {
  const entries: GlossaryEntry[] = [...glossary]
    .sort((a, b) => a.term.localeCompare(b.term, 'en'))
    .map((t) => ({
      id: t.id,
      term: t.term,
      short: t.short,
      long: t.long,
      related: t.related.map((id) => ({ id, term: glossaryTerm(id)?.term ?? id })),
      lessons: t.lessons.map((slug) => ({ slug, title: lessonBySlug(slug)?.title ?? slug })),
    }));
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">Glossary</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        The words of leveraged trading, each with a one-line definition, a longer explanation and the lessons
        that use it.
      </p>
      <GlossaryList entries={entries} />
    </main>
  );
}
