import type { ReactNode } from 'react';

/** The card every live widget sits in: a titled, labelled region with an optional footnote. */
export function WidgetFrame({
  title,
  children,
  note,
  error,
}: {
  title: string;
  children: ReactNode;
  note?: ReactNode;
  /** An engine error no single input owns. */
  error?: string;
}) {
  return (
    <section
      aria-label={title}
      className="not-prose my-8 rounded-xl border border-slate-200 bg-slate-50 p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900/60"
    >
      <h3 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
        {title}
      </h3>
      <div className="space-y-4">{children}</div>
      {error ? (
        <p role="alert" className="mt-3 text-sm font-normal text-danger">
          {error}
        </p>
      ) : null}
      {note ? <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{note}</p> : null}
    </section>
  );
}
