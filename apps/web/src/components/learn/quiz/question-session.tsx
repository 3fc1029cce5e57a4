'use client';

import { useEffect, useRef, useState } from 'react';
import { ReaderText } from '~/components/ui/reader-text';
import { AnswerFeedback } from './answer-feedback';
import { HintPanel, type RevealHint } from './hint-panel';
import { QuestionInput } from './question-input';
import { type Draft, initialDraft, toAnswer } from './quiz-answer-state';
import type { QuizExhibits } from './quiz-exhibits';
import type { Answer, GradedAnswer, ServedQuestion } from './quiz-types';

/**
 * One question at a time: answer, submit, read the feedback, continue. Grading is the server's
 * (`grade`); nothing here knows the right answer before the response arrives.
 */
export function QuestionSession({
  questions,
  grade,
  revealHint,
  onComplete,
  completeLabel,
  exhibits = {},
}: {
  questions: readonly ServedQuestion[];
  grade: (questionId: string, answer: Answer) => Promise<GradedAnswer>;
  revealHint: RevealHint;
  onComplete: () => void;
  completeLabel: string;
  /** Question id → a table printed under the prompt (server-rendered). */
  exhibits?: QuizExhibits;
}) {
  const [index, setIndex] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [graded, setGraded] = useState<Record<string, GradedAnswer>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const question = questions[index];
  const result = question ? graded[question.id] : undefined;

  useEffect(() => {
    if (index > 0) heading.current?.focus();
  }, [index]);
  // The Submit button goes away with the verdict: focus moves to the verdict rather than being lost.
  useEffect(() => {
    if (result) feedback.current?.focus();
  }, [result]);

  if (!question) return null;
  const draft = drafts[question.id] ?? initialDraft(question);
  const last = index === questions.length - 1;

  const submit = async () => {
    const ready = toAnswer(draft);
    if (!ready.ok) {
      setProblem(ready.reason);
      return;
    }
    setProblem(null);
    setPending(true);
    try {
      const response = await grade(question.id, ready.answer);
      setGraded((g) => ({ ...g, [question.id]: response }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not submit the answer.');
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="question-heading" className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Question {index + 1} of {questions.length}
        <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">
          {question.difficulty}
        </span>
      </p>
      <div aria-hidden="true" className="h-1.5 w-full rounded-full bg-slate-200 dark:bg-slate-800">
        <div
          className="h-1.5 rounded-full bg-safe"
          style={{ width: `${((index + (result ? 1 : 0)) / questions.length) * 100}%` }}
        />
      </div>
      <h2 id="question-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold leading-snug">
        <ReaderText text={question.prompt} />
      </h2>
      {exhibits[question.id] ?? null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!result && !pending) void submit();
        }}
        className="space-y-4"
      >
        <QuestionInput
          question={question}
          draft={draft}
          onChange={(d) => setDrafts((all) => ({ ...all, [question.id]: d }))}
          disabled={Boolean(result) || pending}
        />
        <HintPanel
          key={question.id}
          questionId={question.id}
          hintCount={question.hintCount}
          reveal={revealHint}
          disabled={Boolean(result)}
        />
        {problem ? (
          <p role="alert" className="text-sm font-normal text-danger">
            {problem}
          </p>
        ) : null}
        {result ? null : (
          // aria-disabled, not disabled, while checking: a disabled button would drop keyboard focus.
          <button
            type="submit"
            aria-disabled={pending || undefined}
            className="rounded-md bg-safe px-4 py-2 font-semibold text-white aria-disabled:opacity-60 dark:text-slate-950"
          >
            {pending ? 'Checking…' : 'Submit answer'}
          </button>
        )}
      </form>
      {result ? (
        <>
          <AnswerFeedback ref={feedback} question={question} graded={result} />
          <button
            type="button"
            onClick={() => (last ? onComplete() : setIndex((i) => i + 1))}
            className="rounded-md bg-safe px-4 py-2 font-semibold text-white dark:text-slate-950"
          >
            {last ? completeLabel : 'Next question →'}
          </button>
        </>
      ) : null}
    </section>
  );
}
