import { quizForLesson } from '@liqlab/content/quizzes/course';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { quizExhibits } from '~/components/learn/quiz/quiz-exhibits';
import { QuizRunner } from '~/components/learn/quiz/quiz-runner';
import { AppLink } from '~/components/ui/app-link';
import { lessonBySlug, neighbours, orderedLessons } from '../../lesson-nav';

export const dynamicParams = false;

export function generateStaticParams() {
  return orderedLessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const lesson = lessonBySlug((await params).slug);
  return lesson ? { title: `Quiz: ${lesson.title}` } : {};
}

export default async function LessonQuizPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lesson = lessonBySlug(slug);
  if (!lesson) notFound();
  const { next } = neighbours(slug);
  return (
    <main className="mx-auto max-w-2xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <AppLink href="/learn" className="underline">
          Learn
        </AppLink>{' '}
        /{' '}
        <AppLink href={`/learn/${slug}`} className="underline">
          {lesson.title}
        </AppLink>{' '}
        / Quiz
      </nav>
      <h1 className="mt-2 mb-6 text-3xl font-semibold tracking-tight">Quiz: {lesson.title}</h1>
      <QuizRunner
        quizId={slug}
        lessonTitles={{ [slug]: lesson.title }}
        backHref={`/learn/${slug}`}
        backLabel="Back to the lesson"
        nextLesson={next ? { slug: next.slug, title: next.title } : undefined}
        exhibits={quizExhibits(quizForLesson(slug)?.questions ?? [])}
      />
    </main>
  );
}
