'use client';

import { type ReactNode, useId } from 'react';

/**
 * One glossary term's popover, closed: the button, and the definition tied to it with
 * aria-describedby, so screen readers announce it on focus even while it is visually hidden. It has no
 * state or effects of its own: TermPopovers (one per lesson) opens and closes every term on the page.
 * A client component only so that the lesson's inline payload carries its three props, not the
 * markup (about 850 bytes a term when the server rendered it).
 */
export function TermPopover({
  id,
  headword,
  definition,
  children,
}: {
  id: string;
  headword: string;
  definition: string;
  children: ReactNode;
}) {
  const popoverId = useId();
  return (
    <span className="relative inline" data-term-popover="">
      <button
        type="button"
        data-term={id}
        aria-describedby={popoverId}
        aria-expanded={false}
        className="cursor-help rounded-sm border-b-2 border-dotted border-safe font-[inherit] text-inherit hover:bg-safe/10"
      >
        {children}
      </button>
      <span
        id={popoverId}
        role="tooltip"
        hidden
        className="absolute left-0 top-full z-20 mt-1 block w-[min(20rem,80vw)] rounded-lg border border-slate-200 bg-white p-3 text-left text-sm font-normal leading-snug text-slate-800 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <strong className="block">{headword}</strong>
        <span className="mt-1 block">{definition}</span>
        <a
          href={`/glossary#${id}`}
          className="mt-2 inline-block text-xs font-normal text-safe underline"
          tabIndex={-1}
        >
          More in the glossary
        </a>
      </span>
    </span>
  );
}
