'use client';

import { useId, useMemo, useState } from 'react';
import { AppLink } from '~/components/ui/app-link';
import { useReaderText } from '~/components/ui/reader-text';
import { filterTerms } from './glossary-filter';

export interface GlossaryEntry {
  id: string;
  term: string;
  short: string;
  long: string;
  related: { id: string; term: string }[];
  lessons: { slug: string; title: string }[];
}

/** All terms, filtered as you type. Every entry keeps its `#id` anchor so links from lessons land on it. */
export function GlossaryList({ entries }: { entries: readonly GlossaryEntry[] }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  // Definitions carry engine figures marked for the reader's decimal places (core's markedMoney):
  // resolved once here, so the list shows and the search matches the same text.
  const readerText = useReaderText();
  const readable = useMemo(
    () =>
      entries.map((entry) => ({ ...entry, short: readerText(entry.short), long: readerText(entry.long) })),
    [entries, readerText],
  );
  const shown = filterTerms(readable, query);
  return (
    <div className="mt-6">
      <label htmlFor={inputId} className="block text-sm font-normal">
        Search the glossary
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="e.g. mark price, funding, bankruptcy"
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        aria-describedby={`${inputId}-count`}
      />
      <p
        id={`${inputId}-count`}
        aria-live="polite"
        className="mt-2 text-sm text-slate-600 dark:text-slate-400"
      >
        {shown.length === entries.length
          ? `${entries.length} terms`
          : `${shown.length} of ${entries.length} terms`}
      </p>
      <dl className="mt-4 space-y-6">
        {shown.map((entry) => (
          <div
            key={entry.id}
            id={entry.id}
            className="scroll-mt-20 rounded-lg border border-slate-200 p-4 target:border-caution target:ring-2 target:ring-caution dark:border-slate-800"
          >
            <dt className="text-lg font-semibold">
              <a href={`#${entry.id}`} className="hover:underline">
                {entry.term}
              </a>
            </dt>
            <dd className="mt-1 space-y-2">
              <p className="font-normal">{entry.short}</p>
              <p className="text-sm leading-6 text-slate-700 dark:text-slate-300">{entry.long}</p>
              <p className="text-sm">
                <span className="text-slate-600 dark:text-slate-400">Related: </span>
                {entry.related.map((r, i) => (
                  <span key={r.id}>
                    {i > 0 ? ', ' : ''}
                    <a href={`#${r.id}`} onClick={() => setQuery('')} className="text-safe underline">
                      {r.term}
                    </a>
                  </span>
                ))}
              </p>
              <p className="text-sm">
                <span className="text-slate-600 dark:text-slate-400">Lessons: </span>
                {entry.lessons.map((l, i) => (
                  <span key={l.slug}>
                    {i > 0 ? ', ' : ''}
                    <AppLink href={`/learn/${l.slug}`} className="text-safe underline">
                      {l.title}
                    </AppLink>
                  </span>
                ))}
              </p>
            </dd>
          </div>
        ))}
      </dl>
      {shown.length === 0 ? <p className="mt-4">No term matches “{query}”.</p> : null}
    </div>
  );
}
