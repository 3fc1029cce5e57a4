'use client';

import type { InlineCheckAnswerView } from '@liqlab/content/checks/grade-inline-check';
import type { PublicInlineCheck } from '@liqlab/content/checks/inline-check-schema';
import { readerText } from '@liqlab/core/figure-marks';
import { type FormEvent, lazy, Suspense, useId, useRef, useState } from 'react';
import { radioGroupEdit, textEdit, useEditBeforeHydration } from '~/components/ui/use-edit-before-hydration';
import { leftForLater, useSendHeldAction } from '~/components/ui/use-send-held-action';
import { useDisplayPrecision } from '~/lib/display-precision';
import { errorMessage } from '~/lib/error-message';

interface Result {
  correct: boolean;
  answer: InlineCheckAnswerView;
  why: string;
}

const loadVerdict = () => import('./inline-check-verdict');
const InlineCheckVerdict = lazy(() => loadVerdict().then((m) => ({ default: m.InlineCheckVerdict })));

type State =
  | { status: 'idle' | 'sending' }
  | { status: 'invalid' | 'failed'; message: string }
  | { status: 'answered'; result: Result };

/**
 * The inline check's form. The API client is imported only when the reader answers, so a lesson's
 * first load carries just this small form; a guest session is created on that first answer if needed.
 * An answer picked or typed and sent before the lesson's scripts ran is kept and sent once they have.
 */
export function InlineCheckForm({ check }: { check: PublicInlineCheck }) {
  const id = useId();
  const [choice, setChoice] = useState('');
  const [value, setValue] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const answered = state.status === 'answered';
  const { precision } = useDisplayPrecision();
  const options = useEditBeforeHydration<HTMLDivElement, string>(setChoice, radioGroupEdit);
  const answerField = useEditBeforeHydration<HTMLInputElement, string>(setValue, textEdit);
  const form = useRef<HTMLFormElement>(null);
  useSendHeldAction(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (leftForLater(event.currentTarget)) return;
    if (check.kind === 'choice' && !choice)
      return setState({ status: 'invalid', message: 'Pick an answer first.' });
    if (check.kind === 'numeric' && !value.trim()) {
      return setState({ status: 'invalid', message: 'Type a number first, such as 1234.5.' });
    }
    setState({ status: 'sending' });
    try {
      const [{ createBrowserTrpcClient }] = await Promise.all([
        import('~/trpc/browser-client'),
        loadVerdict(),
      ]);
      const result = await createBrowserTrpcClient().inlineCheck.answer.mutate({
        checkId: check.id,
        answer: check.kind === 'choice' ? { choice } : { value: value.trim() },
      });
      setState({ status: 'answered', result });
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
  }

  return (
    <form
      ref={form}
      data-hold-until-ready
      onSubmit={submit}
      aria-labelledby={`${id}-label`}
      className="group my-6 rounded-lg border border-safe/40 bg-safe/5 p-4"
      data-inline-check={check.id}
    >
      <p id={`${id}-label`} className="text-xs font-semibold uppercase tracking-wide text-safe">
        Check yourself
      </p>
      <fieldset disabled={answered || state.status === 'sending'} className="mt-1">
        <legend className="font-normal">{readerText(check.prompt, precision.currencyDigits)}</legend>
        {check.kind === 'choice' ? (
          <div ref={options} className="mt-3 space-y-2">
            {check.options.map((option) => (
              <label key={option.id} className="flex cursor-pointer items-start gap-2">
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={option.id}
                  checked={choice === option.id}
                  onChange={() => setChoice(option.id)}
                  className="mt-1.5 accent-[var(--color-safe)]"
                />
                <span>{readerText(option.text, precision.currencyDigits)}</span>
              </label>
            ))}
          </div>
        ) : (
          <label className="mt-3 flex flex-wrap items-center gap-2">
            <span className="sr-only">Your answer</span>
            <input
              ref={answerField}
              name="answer"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-describedby={
                state.status === 'invalid' || state.status === 'failed' ? `${id}-error` : undefined
              }
              className="w-40 rounded-md border border-slate-400 bg-white px-2 py-1 tabular-nums dark:border-slate-600 dark:bg-slate-900"
            />
            {check.unit ? (
              <span className="text-sm text-slate-600 dark:text-slate-400">{check.unit}</span>
            ) : null}
          </label>
        )}
        {answered ? null : (
          <button
            type="submit"
            className="mt-3 rounded-md bg-safe px-3 py-1.5 text-sm font-semibold text-white hover:opacity-90 disabled:opacity-60 group-aria-busy:cursor-progress group-aria-busy:opacity-60 dark:text-slate-950"
          >
            {state.status === 'sending' ? 'Checking…' : 'Check'}
          </button>
        )}
      </fieldset>
      <div aria-live="polite" className="mt-2 text-sm">
        {state.status === 'answered' ? (
          <div data-testid="inline-check-result">
            <p className={`font-semibold ${state.result.correct ? 'text-safe' : 'text-danger'}`}>
              <Suspense fallback={state.result.correct ? 'Right.' : 'Not quite.'}>
                <InlineCheckVerdict correct={state.result.correct} answer={state.result.answer} />
              </Suspense>
            </p>
            {/* Built on the server with its money figures marked: shown at the reader's places. */}
            <p className="mt-1" data-testid="inline-check-why">
              {readerText(state.result.why, precision.currencyDigits)}
            </p>
          </div>
        ) : state.status === 'invalid' || state.status === 'failed' ? (
          <p id={`${id}-error`} role="alert" className="text-danger">
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
