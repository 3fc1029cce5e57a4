'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ensureSession } from '~/auth/auth-client';
import { MasteryBadge } from '~/components/learn/mastery-badge';
import { QuestionSession } from '~/components/learn/quiz/question-session';
import type { QuizExhibits } from '~/components/learn/quiz/quiz-exhibits';
import { AppLink } from '~/components/ui/app-link';
import { ReaderText } from '~/components/ui/reader-text';
import { formatDueDate } from '~/lib/format-due-date';
import { useTRPC } from '~/trpc/react';

/** The learner's progress: lessons read, mastery (which can fall again), streak, due reviews, next step. */
export function DashboardView({ exhibits = {} }: { exhibits?: QuizExhibits }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [sessionReady, setSessionReady] = useState(false);
  useEffect(() => {
    void ensureSession()
      .catch(() => undefined)
      .finally(() => setSessionReady(true));
  }, []);
  const dashboard = useQuery({ ...trpc.progress.dashboard.queryOptions(), enabled: sessionReady });
  const review = useMutation(trpc.review.due.mutationOptions());
  const reviewHint = useMutation(trpc.quiz.hint.mutationOptions());
  const reviewAnswer = useMutation(
    trpc.review.answer.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.progress.dashboard.queryKey() }),
    }),
  );

  if (dashboard.isError) {
    return (
      <p role="alert" className="text-danger">
        Your progress could not be loaded: {dashboard.error.message}
      </p>
    );
  }
  if (!dashboard.data) return <p aria-live="polite">Loading your progress…</p>;
  const d = dashboard.data;
  const step = d.nextStep;
  const now = new Date();

  return (
    <div className="space-y-8">
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="learner-kind">
        {d.learner === 'account' ? (
          'Saved to your account, on every device you sign in on.'
        ) : (
          <>
            Saved for this browser as a guest.{' '}
            <AppLink href="/sign-up" className="font-normal text-safe underline">
              Create an account
            </AppLink>{' '}
            to keep it across devices — your progress and streak come with you.
          </>
        )}
      </p>
      <section aria-labelledby="next-step" className="rounded-xl border-2 border-safe p-4">
        <h2 id="next-step" className="text-sm font-semibold uppercase tracking-wide text-safe">
          Next step
        </h2>
        <p className="mt-1 text-lg" data-testid="next-step">
          {step.kind === 'read-lesson' ? (
            <>
              Read{' '}
              <AppLink href={`/learn/${step.lesson}`} className="font-semibold underline">
                {step.title}
              </AppLink>
            </>
          ) : step.kind === 'take-quiz' ? (
            <>
              Take the quiz on{' '}
              <AppLink href={`/learn/${step.lesson}/quiz`} className="font-semibold underline">
                {step.title}
              </AppLink>
            </>
          ) : step.kind === 'practise-lesson' ? (
            <>
              Practise{' '}
              <AppLink href={`/learn/${step.lesson}/quiz`} className="font-semibold underline">
                {step.title}
              </AppLink>{' '}
              — take its quiz again
            </>
          ) : step.due > 0 ? (
            <>Answer your {step.due} due review question(s) below</>
          ) : (
            <>
              Everything is mastered. Try the{' '}
              <AppLink href="/learn/challenge" className="font-semibold underline">
                final challenge
              </AppLink>
              .
            </>
          )}
        </p>
      </section>

      <dl className="grid grid-cols-3 gap-3 text-center">
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <dt className="text-xs text-slate-600 dark:text-slate-400">Lessons read</dt>
          <dd className="text-2xl font-semibold" data-testid="lessons-read">
            {d.lessonsRead} / {d.lessonCount}
          </dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <dt className="text-xs text-slate-600 dark:text-slate-400">Streak</dt>
          <dd className="text-2xl font-semibold" data-testid="streak">
            {formatStreak(d.streak)}
          </dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <dt className="text-xs text-slate-600 dark:text-slate-400">Reviews due now</dt>
          <dd className="text-2xl font-semibold" data-testid="reviews-due">
            {d.reviewDue}
          </dd>
          <dd className="text-xs text-slate-600 dark:text-slate-400" data-testid="reviews-queued">
            {d.reviewQueued} in the queue
          </dd>
        </div>
      </dl>

      <section aria-labelledby="review-heading" className="space-y-3">
        <h2 id="review-heading" className="text-xl font-semibold">
          Review queue
        </h2>
        {review.data?.attemptId ? (
          <QuestionSession
            key={review.data.attemptId}
            questions={review.data.questions}
            exhibits={exhibits}
            grade={(questionId, answer) =>
              reviewAnswer.mutateAsync({ attemptId: review.data.attemptId!, questionId, answer })
            }
            revealHint={(questionId, index) =>
              reviewHint.mutateAsync({ attemptId: review.data.attemptId!, questionId, index })
            }
            onComplete={() => review.reset()}
            completeLabel="Done reviewing"
          />
        ) : d.reviewDue > 0 ? (
          <button
            type="button"
            onClick={() => review.mutate({ limit: 10 })}
            disabled={review.isPending}
            className="rounded-md bg-safe px-4 py-2 font-semibold text-white dark:text-slate-950 disabled:opacity-60"
          >
            {review.isPending ? 'Loading…' : `Review ${d.reviewDue} question(s) now`}
          </button>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Nothing is due right now. Questions you miss in quizzes come back here on the day shown.
          </p>
        )}
        {d.upcomingReviews.length > 0 && !review.data?.attemptId ? (
          <ul
            className="divide-y divide-slate-200 dark:divide-slate-800"
            aria-label="Questions in your review queue"
          >
            {d.upcomingReviews.map((item) => (
              <li
                key={item.questionId}
                data-question={item.questionId}
                className="flex flex-col gap-1 py-2 sm:flex-row sm:items-baseline sm:gap-3"
              >
                <span className="shrink-0 text-xs font-semibold text-safe sm:w-32">
                  {formatDueDate(item.due, now)}
                </span>
                <span className="text-sm">
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{item.lessonTitle}</span>
                  <ReaderText text={item.prompt} />
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {d.reviewQueued > d.upcomingReviews.length && !review.data?.attemptId ? (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            and {d.reviewQueued - d.upcomingReviews.length} more later
          </p>
        ) : null}
        {review.isError ? (
          <p role="alert" className="text-danger">
            {review.error.message}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading" className="text-xl font-semibold">
          Lessons
        </h2>
        <ol className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
          {d.lessons.map((lesson) => (
            <li
              key={lesson.slug}
              data-lesson={lesson.slug}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2"
            >
              <span className="w-6 text-right text-sm tabular-nums text-slate-500">{lesson.order}.</span>
              {/* At least 12rem before the read mark and badge share its line; narrower, they wrap below. */}
              <AppLink
                href={`/learn/${lesson.slug}`}
                className="min-w-0 flex-[1_1_12rem] font-normal hover:underline"
              >
                {lesson.title}
              </AppLink>
              {lesson.firstReadAt ? (
                <span className="text-xs text-safe">✓ read</span>
              ) : (
                <span className="text-xs text-slate-500">unread</span>
              )}
              <MasteryBadge level={lesson.mastery} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function formatStreak(streak: { current: number; activeToday: boolean }): string {
  return `${streak.current} day${streak.current === 1 ? '' : 's'}${streak.current > 0 && !streak.activeToday ? ' (learn today to keep it)' : ''}`;
}
