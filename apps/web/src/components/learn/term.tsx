import { glossaryTerm } from '@liqlab/content/glossary/terms';
import type { ReactNode } from 'react';
import { TermPopover } from './term-popover';

/**
 * `<Term id>` in a lesson: looks the definition up on the server (the glossary never ships to the
 * browser) and hands the short text to the popover's markup. One client island for the whole lesson
 * (TermPopovers, beside the MDX content) opens and closes every term by event delegation, so a lesson
 * with thirty terms hydrates no stateful component for them. An unknown id is a content bug, which
 * the content test already catches; failing the build here too keeps it from reaching readers.
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const term = glossaryTerm(id);
  if (!term) throw new Error(`<Term id="${id}">: no such glossary term`);
  return (
    <TermPopover id={id} headword={term.term} definition={term.short}>
      {children}
    </TermPopover>
  );
}
