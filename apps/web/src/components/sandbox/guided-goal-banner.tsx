'use client';

import type { GoalStatus } from '@liqlab/scenario/guided-goal';
import { ReaderText } from '~/components/ui/reader-text';

export interface GuidedGoalView {
  name: string;
  text: string;
  hint: string;
}

/** The open challenge: its goal, a hint, and whether the current replay reaches it (announced politely). */
export function GuidedGoalBanner({ goal, status }: { goal: GuidedGoalView; status: GoalStatus | null }) {
  const met = status?.met === true;
  return (
    <section
      aria-labelledby="goal-title"
      data-testid="guided-goal"
      data-met={met ? 'true' : 'false'}
      className={`rounded-lg border-2 p-3 ${met ? 'border-safe' : 'border-caution'}`}
    >
      <h2 id="goal-title" className="text-sm font-semibold">
        Challenge: {goal.name}
      </h2>
      <p className="mt-1 text-sm">
        <ReaderText text={goal.text} />
      </p>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Hint: <ReaderText text={goal.hint} />
      </p>
      <p
        role="status"
        data-testid="guided-goal-status"
        className={`mt-2 text-sm font-semibold ${met ? 'text-safe' : 'text-caution-ink'}`}
      >
        {status === null
          ? 'Fix the highlighted fields to check the goal.'
          : met
            ? `✔ Done! ${status.message}`
            : status.message}
      </p>
    </section>
  );
}
