'use client';

import { useRef } from 'react';
import { useDeferredComponent } from '~/lib/use-deferred-component';

const loadLive = () => import('./database-status-live').then((module) => module.DatabaseStatusLive);

/**
 * The footer's database check, shown only when something is wrong (a reader has no use for "connected";
 * the element stays in the page, hidden, so tests and operators can still read the status). The tRPC and TanStack Query code it needs is imported once the footer
 * comes near the viewport, after hydration: no page pays for it in its first-load JavaScript, and a
 * reader who never scrolls to the footer does not pay for it at all.
 */
export function DatabaseStatus() {
  const placeholder = useRef<HTMLSpanElement>(null);
  const Live = useDeferredComponent(loadLive, { whenNear: placeholder });
  // The observed element needs a box for the viewport check, so it is an empty line, not a hidden span.
  return Live ? (
    <Live />
  ) : (
    <span ref={placeholder} className="block h-px" aria-hidden="true">
      <span data-testid="database-status" hidden>
        Checking the database…
      </span>
    </span>
  );
}
