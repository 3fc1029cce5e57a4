import type { ScenarioOutcome } from '@liqlab/scenario/scenario-outcome';
import { type OutcomeTone, outcomeLabel } from './outcome-label';

const TONE: Record<OutcomeTone, string> = {
  safe: 'border-safe text-safe',
  caution: 'border-caution text-caution-ink',
  danger: 'border-danger text-danger',
  unknown: 'border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-400',
};

/** A saved scenario's outcome as a small labelled badge (words, not only a colour). */
export function OutcomeBadge({ outcome }: { outcome: ScenarioOutcome | null }) {
  const { text, tone } = outcomeLabel(outcome);
  return (
    <span
      data-testid="scenario-outcome"
      data-outcome={outcome ?? 'unknown'}
      className={`inline-block shrink-0 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${TONE[tone]}`}
    >
      {text}
    </span>
  );
}
