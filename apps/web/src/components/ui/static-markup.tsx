'use client';

import { type ReactNode, useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Server-rendered markup with nothing for the browser to run: hydration keeps the server's DOM as it
 * is instead of walking it, and React never manages it afterwards. A lesson's prose is such markup; the
 * islands that act on it by the DOM — TermPopovers opening a term's definition, ProseAmounts writing
 * an amount at the reader's decimal places — then change nodes no React fiber holds after a page
 * load. It was first tried as a speed-up (issue 18); interleaved loads of lessons 1 and 2 showed no
 * difference in main-thread time (BENCHMARKS.md), so it is kept for that ownership, not for speed.
 *
 * While hydrating, the element is claimed with an empty `dangerouslySetInnerHTML`: React then treats
 * its children as opaque text and neither checks nor replaces them (production builds do not compare
 * inner HTML; `suppressHydrationWarning` keeps development builds quiet about it). When the element
 * is mounted by the browser instead — a client-side navigation to the page — there is no server DOM
 * to keep, so it renders its children like any element. Which of the two it is was decided at mount
 * (the hydration snapshot is only ever the server one during hydration) and never changes, so no
 * later render replaces the kept markup.
 *
 * Only for children that need no JavaScript: a client component inside never hydrates.
 */
export function StaticMarkup({ children }: { children: ReactNode }) {
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  const [keepsServerMarkup] = useState(hydrating);
  if (typeof window === 'undefined' || !keepsServerMarkup) {
    return (
      <div data-static-markup="" className="contents">
        {children}
      </div>
    );
  }
  return (
    <div
      data-static-markup=""
      className="contents"
      // An empty string, never content: it claims the server's markup as it is.
      dangerouslySetInnerHTML={{ __html: '' }}
      suppressHydrationWarning
    />
  );
}
