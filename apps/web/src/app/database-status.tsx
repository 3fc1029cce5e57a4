'use client';

import { useRef } from 'react';
import { useDeferredComponent } from '~/lib/use-deferred-component';

const loadLive = () => import('./database-status-live').then((module) => module.DatabaseStatusLive);

/**
 * The footer's database check. The tRPC and TanStack Query code it needs is imported once the footer
 * comes near the viewport, after hydration: no page pays for it in its first-load JavaScript, and a
 * reader who never scrolls to the footer does not pay for it at all.
 */
export function DatabaseStatus() {
  const placeholder = useRef<HTMLSpanElement>(null);
  const Live = useDeferredComponent(loadLive, { whenNear: placeholder });
  return Live ? (
    <Live />
  ) : (
    <span ref={placeholder} data-testid="database-status">
      Checking the database…
    </span>
  );
}
