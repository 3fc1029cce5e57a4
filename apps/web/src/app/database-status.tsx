'use client';

import { useDeferredComponent } from '~/lib/use-deferred-component';

const loadLive = () => import('./database-status-live').then((module) => module.DatabaseStatusLive);

/**
 * The footer's database check. The tRPC and TanStack Query code it needs is imported after the page
 * has hydrated, so no page pays for it in its first-load JavaScript just for the footer.
 */
export function DatabaseStatus() {
  const Live = useDeferredComponent(loadLive);
  return Live ? <Live /> : <span data-testid="database-status">Checking the database…</span>;
}
