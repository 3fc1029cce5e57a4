import { allQuestions } from '@liqlab/content/quizzes/course';
import type { Metadata } from 'next';
import { quizExhibits } from '~/components/learn/quiz/quiz-exhibits';
import { QuizRunner } from '~/components/learn/quiz/quiz-runner';
import { AppLink } from '~/components/ui/app-link';
import { orderedLessons } from '../lesson-nav';

export const metadata: Metadata = { title: 'Final challenge' };

const CHALLENGE_ID = 'course-challenge';

export default function ChallengePage() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <AppLink href="/learn" className="underline">
          Learn
        </AppLink>{' '}
        / Final challenge
      </nav>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">The final challenge</h1>
      <p className="mt-2 mb-6 text-slate-700 dark:text-slate-300">
        Twenty questions from the whole course, with calculations and scenarios. Answer 80% correctly to pass.
      </p>
      <QuizRunner
        quizId={CHALLENGE_ID}
        lessonTitles={Object.fromEntries(orderedLessons.map((l) => [l.slug, l.title]))}
        backHref="/learn"
        backLabel="Back to the course"
        canRetry={false}
        exhibits={quizExhibits(allQuestions)}
      />
    </main>
  );
}
