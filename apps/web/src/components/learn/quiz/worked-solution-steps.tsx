import { workedFigureText, workedText } from '@liqlab/content/quizzes/worked-solution';
import { useId } from 'react';
import { useNumberFormat } from '~/lib/use-number-format';
import type { GradedAnswer } from './quiz-types';

export type WorkedStep = NonNullable<
  Extract<GradedAnswer['explanations'], { kind: 'text' }>['workedSolution']
>[number];

/**
 * The working of a numeric answer with the question's own numbers, as the server computed it with the
 * engine: for each step the rule, the rule with the numbers, and the figure — money at the reader's
 * decimal places, in the one number format.
 */
export function WorkedSolutionSteps({ steps }: { steps: readonly WorkedStep[] }) {
  const { precision } = useNumberFormat();
  // The result page lists several workings: each needs its own heading id.
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="worked-solution">
      <h3 id={headingId} className="text-sm font-semibold">
        Worked solution with your numbers
      </h3>
      <ol className="mt-2 space-y-2 text-sm">
        {steps.map((step, index) => (
          <li
            key={`${index}-${step.label}`}
            data-testid="worked-step"
            className="rounded-md bg-white/70 p-2 dark:bg-slate-900/70"
          >
            <p className="font-normal">
              {index + 1}. {step.label}
            </p>
            <p className="text-slate-600 dark:text-slate-400">{step.formula}</p>
            <p className="font-mono break-words" data-testid="worked-substituted">
              = {workedText(step.substituted, precision)}
            </p>
            <p className="font-mono font-semibold" data-testid="worked-result">
              = {workedFigureText(step.result, precision)}
              {step.unit ? ` ${step.unit}` : ''}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
