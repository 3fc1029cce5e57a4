import type { ReactNode } from 'react';

export interface Figure {
  label: ReactNode;
  value: ReactNode;
  /** Colour-blind-safe emphasis from the theme. */
  tone?: 'safe' | 'danger' | 'caution';
  testId?: string;
}

export const FIGURE_TONE: Record<NonNullable<Figure['tone']>, string> = {
  safe: 'text-safe',
  danger: 'text-danger',
  caution: 'text-caution-ink',
};

/** A definition list of computed figures: label on the left, the formatted value on the right. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
      {figures.map((figure, index) => (
        <div
          key={index}
          className="flex items-baseline justify-between gap-3 border-b border-slate-100 py-1 dark:border-slate-800"
        >
          <dt className="text-slate-600 dark:text-slate-400">{figure.label}</dt>
          <dd
            data-testid={figure.testId}
            className={`font-semibold tabular-nums ${figure.tone ? FIGURE_TONE[figure.tone] : ''}`}
          >
            {figure.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
