import type { ComponentPropsWithoutRef } from 'react';

/**
 * A lesson's table, whether written in Markdown or rendered from the engine (<TierTable>): one look for
 * both. A wide table scrolls sideways on a phone; a keyboard user can only scroll what can take focus,
 * and a focusable region needs a name (the scrollable-table pattern).
 */
export function LessonTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container must be focusable to scroll by keyboard
    <section aria-label="Table, scrolls sideways" tabIndex={0} className="my-4 overflow-x-auto">
      <table className="w-full border-collapse text-sm" {...props} />
    </section>
  );
}

export function LessonTh(props: ComponentPropsWithoutRef<'th'>) {
  return (
    <th
      className="border-b border-slate-300 px-2 py-1 text-left font-semibold dark:border-slate-700"
      {...props}
    />
  );
}

export function LessonTd(props: ComponentPropsWithoutRef<'td'>) {
  return <td className="border-b border-slate-200 px-2 py-1 tabular-nums dark:border-slate-800" {...props} />;
}
