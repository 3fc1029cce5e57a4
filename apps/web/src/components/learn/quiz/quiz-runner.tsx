'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ensureSession } from '~/auth/auth-client';
import { AppLink } from '~/components/ui/app-link';
import { ReaderText } from '~/components/ui/reader-text';
import { formatDueDate } from '~/lib/format-due-date';
import { useTRPC } from '~/trpc/react';
import { MasteryBadge } from '../mastery-badge';
import { QuestionSession } from './question-session';
import type { QuizExhibits } from './quiz-exhibits';
import type { GradedAnswer } from './quiz-types';
import { WorkedSolutionSteps, type WorkedStep } from './worked-solution-steps';

/** A lesson quiz or the course challenge: starts an attempt on the server, asks, grades, finishes. */
export function QuizRunner({
  quizId,
  lessonTitles,
  backHref,
  backLabel,
  nextLesson,
  canRetry = true,
  exhibits = {},
}: {
  quizId: string;
  lessonTitles: Record<string, string>;
  backHref: string;
  backLabel: string;
  /** The lesson after this one, offered first on the result page. */
  nextLesson?: { slug: string; title: string };
  /** Lesson quizzes can serve their missed questions again; the challenge draws anew instead. */
  canRetry?: boolean;
  /** Tables printed under a question's prompt, rendered on the server (quizExhibits). */
  exhibits?: QuizExhibits;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const start = useMutation(trpc.quiz.start.mutationOptions());
  const answer = useMutation(trpc.quiz.answer.mutationOptions());
  const hint = useMutation(trpc.quiz.hint.mutationOptions());
  const finish = useMutation(
    trpc.quiz.finish.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.progress.dashboard.queryKey() }),
    }),
  );
  const started = useRef(false);
  // Each graded answer of this attempt, so the result page can show the working of what was missed.
  const [gradedById, setGradedById] = useState<Record<string, GradedAnswer>>({});
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // The question (and the focused Finish button) is gone: move focus to the score, so keyboard and
  // screen-reader users land on it instead of the top of the page.
  useEffect(() => {
    if (finish.data) resultHeading.current?.focus();
  }, [finish.data]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    // Progress is stored per session: make sure a guest one exists before the first identified call.
    void ensureSession()
      .catch(() => undefined)
      .then(() => start.mutate({ quizId }));
  }, [quizId, start]);

  if (start.isError) {
    return (
      <p role="alert" className="text-danger">
        Could not start the quiz: {start.error.message}{' '}
        <button type="button" className="underline" onClick={() => start.mutate({ quizId })}>
          Try again
        </button>
      </p>
    );
  }
  if (!start.data) return <p aria-live="polite">Preparing your questions…</p>;
  const attempt = start.data;

  const retryMissed = (missed: string[]) => {
    setGradedById({});
    finish.reset();
    answer.reset();
    start.mutate({ quizId, questionIds: missed });
  };

  if (finish.data) {
    const f = finish.data;
    const prompts = new Map(attempt.questions.map((q) => [q.id, q.prompt]));
    const now = new Date();
    const missedWorkings = f.missed.flatMap((id): { id: string; steps: readonly WorkedStep[] }[] => {
      const explanations = gradedById[id]?.explanations;
      return explanations?.kind === 'text' && explanations.workedSolution
        ? [{ id, steps: explanations.workedSolution }]
        : [];
    });
    return (
      <section aria-labelledby="result-heading" className="space-y-4" data-testid="quiz-result">
        <h2 id="result-heading" ref={resultHeading} tabIndex={-1} className="text-2xl font-semibold">
          You answered {f.correct} of {f.total} correctly
        </h2>
        {f.passed !== null ? (
          <p className={`font-semibold ${f.passed ? 'text-safe' : 'text-danger'}`}>
            {f.passed ? '✓ Challenge passed' : '✕ Not passed yet — review and try again'}
          </p>
        ) : null}
        <ul className="space-y-2">
          {f.mastery.map((m) => (
            <li key={m.lesson} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-normal">{lessonTitles[m.lesson] ?? m.lesson}</span>
              <MasteryBadge level={m.after} />
              {m.after !== m.before ? (
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  (was {m.before.toLowerCase().replace('_', ' ')})
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {f.reviewQueue.length > 0 ? (
          <div className="space-y-2" data-testid="added-to-review">
            <p className="text-sm font-normal">
              {f.reviewQueue.length} question{f.reviewQueue.length === 1 ? '' : 's'} added to your review
              queue:
            </p>
            <ul className="space-y-1 text-sm">
              {f.reviewQueue.map((card) => (
                <li key={card.questionId} data-question={card.questionId}>
                  <span className="font-semibold text-safe">{formatDueDate(card.due, now)}</span> —{' '}
                  <ReaderText text={prompts.get(card.questionId) ?? card.questionId} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {missedWorkings.length > 0 ? (
          <div className="space-y-3" data-testid="missed-workings">
            <h3 className="text-lg font-semibold">The working for what you missed</h3>
            {missedWorkings.map(({ id, steps }) => (
              <div
                key={id}
                data-question={id}
                className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              >
                <p className="text-sm font-normal">
                  <ReaderText text={prompts.get(id) ?? id} />
                </p>
                <WorkedSolutionSteps steps={steps} />
              </div>
            ))}
          </div>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {nextLesson ? (
            <AppLink
              href={`/learn/${nextLesson.slug}`}
              className="rounded-md bg-safe px-4 py-2 font-semibold text-white dark:text-slate-950"
            >
              Next lesson: {nextLesson.title} →
            </AppLink>
          ) : null}
          {canRetry && f.missed.length > 0 ? (
            <button
              type="button"
              onClick={() => retryMissed(f.missed)}
              className="rounded-md border border-safe px-4 py-2 font-semibold text-safe hover:bg-safe/10"
            >
              Retry the {f.missed.length} missed question{f.missed.length === 1 ? '' : 's'}
            </button>
          ) : null}
          <AppLink
            href="/dashboard#review-heading"
            className="rounded-md border border-slate-300 px-4 py-2 dark:border-slate-700"
          >
            See my progress and reviews
          </AppLink>
          <AppLink
            href={backHref}
            className="rounded-md border border-slate-300 px-4 py-2 dark:border-slate-700"
          >
            {backLabel}
          </AppLink>
        </div>
      </section>
    );
  }

  if (attempt.questions.length === 0) return <p>This quiz has no questions yet.</p>;

  return (
    <>
      <QuestionSession
        key={attempt.attemptId}
        questions={attempt.questions}
        exhibits={exhibits}
        grade={async (questionId, a) => {
          const graded = await answer.mutateAsync({ attemptId: attempt.attemptId, questionId, answer: a });
          setGradedById((all) => ({ ...all, [questionId]: graded }));
          return graded;
        }}
        revealHint={(questionId, index) =>
          hint.mutateAsync({ attemptId: attempt.attemptId, questionId, index })
        }
        onComplete={() => finish.mutate({ attemptId: attempt.attemptId })}
        completeLabel={finish.isPending ? 'Finishing…' : 'Finish and see my score'}
      />
      {finish.isError ? (
        <p role="alert" className="mt-3 text-danger">
          {finish.error.message}
        </p>
      ) : null}
    </>
  );
}
