import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonProgress } from '~/components/learn/lesson-progress';
import { AppLink } from '~/components/ui/app-link';
import { lessonModules } from '../lesson-modules';
import { lessonBySlug, neighbours, orderedLessons } from '../lesson-nav';

export const dynamicParams = false;

export function generateStaticParams() {
  return orderedLessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const lesson = lessonBySlug((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lesson = lessonBySlug(slug);
  const load = lessonModules[slug];
  if (!lesson || !load) notFound();
  const { default: Content } = await load();
  const { previous, next } = neighbours(slug);
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <AppLink href="/learn" className="underline">
          Learn
        </AppLink>{' '}
        / Lesson {lesson.order} of {orderedLessons.length}
      </nav>
      <header className="mt-3 space-y-3 border-b border-slate-200 pb-6 dark:border-slate-800">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{lesson.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">About {lesson.minutes} minutes</p>
        <LessonProgress slug={slug} showAction={false} />
        <section aria-labelledby="objectives" className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <h2 id="objectives" className="text-sm font-semibold uppercase tracking-wide">
            You will be able to
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
        <details className="text-sm">
          <summary className="cursor-pointer font-normal">In this lesson</summary>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {lesson.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className="underline">
                  {section.title}
                </a>
              </li>
            ))}
          </ol>
        </details>
      </header>
      <article className="lesson-body">
        <Content />
      </article>
      <footer className="mt-12 space-y-6 border-t border-slate-200 pt-6 dark:border-slate-800">
        <div className="flex flex-wrap items-center gap-3">
          <AppLink
            href={`/learn/${slug}/quiz`}
            className="rounded-md bg-safe px-4 py-2 font-semibold text-white dark:text-slate-950 hover:opacity-90"
          >
            Take the quiz
          </AppLink>
          <LessonProgress slug={slug} />
        </div>
        <nav aria-label="Lessons" className="grid gap-3 sm:grid-cols-2">
          {previous ? (
            <AppLink
              href={`/learn/${previous.slug}`}
              rel="prev"
              className="rounded-lg border border-slate-200 p-3 hover:border-slate-400 dark:border-slate-700"
            >
              <span className="block text-xs text-slate-600 dark:text-slate-400">← Previous</span>
              {previous.title}
            </AppLink>
          ) : (
            <span />
          )}
          {next ? (
            <AppLink
              href={`/learn/${next.slug}`}
              rel="next"
              className="rounded-lg border border-slate-200 p-3 text-right hover:border-slate-400 dark:border-slate-700"
            >
              <span className="block text-xs text-slate-600 dark:text-slate-400">Next →</span>
              {next.title}
            </AppLink>
          ) : (
            <AppLink
              href="/learn/challenge"
              className="rounded-lg border border-slate-200 p-3 text-right hover:border-slate-400 dark:border-slate-700"
            >
              <span className="block text-xs text-slate-600 dark:text-slate-400">Finally →</span>
              The final challenge
            </AppLink>
          )}
        </nav>
      </footer>
    </main>
  );
}
