'use client';

import { useEffect, useRef, useState } from 'react';
import { ReaderText } from '~/components/ui/reader-text';

export type RevealHint = (questionId: string, index: number) => Promise<{ hint: string; remaining: number }>;

/**
 * Hints come from the server one step per click, so a learner who wants only a nudge never sees
 * the later, more revealing steps (and the page never holds them in advance).
 */
export function HintPanel({
  questionId,
  hintCount,
  reveal,
  disabled,
}: {
  questionId: string;
  hintCount: number;
  reveal: RevealHint;
  disabled: boolean;
}) {
  const [hints, setHints] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const remaining = hintCount - hints.length;
  // The button goes away with the last hint: focus moves to the hints instead of being lost.
  useEffect(() => {
    if (hintCount > 0 && remaining === 0) list.current?.focus();
  }, [hintCount, remaining]);
  if (hintCount === 0) return null;

  const next = async () => {
    if (pending) return;
    setPending(true);
    setProblem(null);
    try {
      const { hint } = await reveal(questionId, hints.length);
      setHints((shown) => [...shown, hint]);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not load the hint.');
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="space-y-2">
      {hints.length > 0 ? (
        <ol
          ref={list}
          tabIndex={-1}
          aria-label="Hints"
          className="list-decimal space-y-1 pl-6 text-sm text-slate-700 dark:text-slate-300"
        >
          {hints.map((hint) => (
            <li key={hint}>
              <ReaderText text={hint} />
            </li>
          ))}
        </ol>
      ) : null}
      {remaining > 0 && !disabled ? (
        <button
          type="button"
          onClick={() => void next()}
          // aria-disabled, not disabled, while loading: a disabled button would drop keyboard focus.
          aria-disabled={pending || undefined}
          className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-normal aria-disabled:opacity-60"
        >
          {pending
            ? 'Loading…'
            : hints.length === 0
              ? `Show a hint (${remaining})`
              : `Next hint (${remaining} left)`}
        </button>
      ) : null}
      {problem ? (
        <p role="alert" className="text-sm text-danger">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
