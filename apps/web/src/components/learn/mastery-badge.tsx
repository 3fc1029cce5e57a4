/** Mastery levels as the API names them; labels carry the meaning, colour only reinforces it. */
export type MasteryLevel = 'NOT_STARTED' | 'ATTEMPTED' | 'FAMILIAR' | 'PROFICIENT' | 'MASTERED';

const LABELS: Record<MasteryLevel, { text: string; className: string; dots: number }> = {
  NOT_STARTED: {
    text: 'Not started',
    className: 'border-slate-300 text-slate-600 dark:text-slate-400',
    dots: 0,
  },
  ATTEMPTED: { text: 'Attempted', className: 'border-caution text-slate-800 dark:text-slate-200', dots: 1 },
  FAMILIAR: { text: 'Familiar', className: 'border-caution text-slate-800 dark:text-slate-200', dots: 2 },
  PROFICIENT: { text: 'Proficient', className: 'border-safe text-safe', dots: 3 },
  MASTERED: { text: 'Mastered', className: 'border-safe bg-safe text-white dark:text-slate-950', dots: 4 },
};

export function MasteryBadge({ level }: { level: MasteryLevel }) {
  const label = LABELS[level];
  return (
    <span
      data-testid="mastery-badge"
      data-level={level}
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-normal ${label.className}`}
    >
      <span aria-hidden="true">
        {'●'.repeat(label.dots)}
        {'○'.repeat(4 - label.dots)}
      </span>
      Mastery: {label.text}
    </span>
  );
}
