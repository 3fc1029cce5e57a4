import type { Metadata } from 'next';
import { CourseStandings, LessonStanding } from '~/components/learn/course-standings';
import { AppLink } from '~/components/ui/app-link';
import { lessonBySlug, orderedLessons } from './lesson-nav';

export const metadata: Metadata = {
  title: 'Learn',
  description: 'Short lessons on leverage, margin and forced liquidation, each with a quiz.',
};

export default function LearnIndexPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">The course</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {orderedLessons.length} short lessons, in order. Each ends with a quiz; the{' '}
        <AppLink href="/learn/challenge" className="font-normal text-safe underline">
          final challenge
        </AppLink>{' '}
        draws from all of them. Then see the lessons at work in{' '}
        <AppLink href="/learn/case-studies" className="font-normal text-safe underline">
          real events
        </AppLink>
        : four crashes rebuilt from published reports.
      </p>
      <CourseStandings>
        <ol className="mt-8 space-y-4">
          {orderedLessons.map((lesson) => (
            <li key={lesson.slug} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                Lesson {lesson.order} · {lesson.minutes} min
              </p>
              <h2 className="mt-1 text-lg font-semibold">
                <AppLink href={`/learn/${lesson.slug}`} className="hover:underline">
                  {lesson.title}
                </AppLink>
              </h2>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{lesson.summary}</p>
              <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
                {lesson.prerequisites.length === 0 ? (
                  'No prerequisites — start here.'
                ) : (
                  <>
                    Builds on:{' '}
                    {lesson.prerequisites.map((slug, i) => (
                      <span key={slug}>
                        {i > 0 ? ', ' : ''}
                        <AppLink href={`/learn/${slug}`} className="underline">
                          {lessonBySlug(slug)?.title ?? slug}
                        </AppLink>
                      </span>
                    ))}
                  </>
                )}
              </p>
              <div className="mt-2">
                <LessonStanding slug={lesson.slug} />
              </div>
            </li>
          ))}
        </ol>
      </CourseStandings>
    </main>
  );
}
