'use client';

import { Activity, type ReactNode } from 'react';

/**
 * Server-rendered children that React hydrates after the rest of the page, in slices of a few
 * milliseconds between which the browser can paint and answer input, instead of inside the page's one
 * hydration task. A visible `<Activity>` boundary does that: React leaves its server markup in place,
 * schedules the hydration at its lowest priority, and yields every 5 ms while it runs. Unlike a
 * `<Suspense>` boundary it never moves its markup to the end of the HTML stream, so the page reads the
 * same with scripts off.
 *
 * Hydration is brought forward when the reader acts on the content first (React replays the event
 * after hydrating the boundary), or when a parent re-renders with new props for it: a parent that
 * sets state as it mounts makes every boundary below it hydrate at once again, so such parents must
 * not (see use-draft-keeper.ts).
 */
export function DeferredHydration({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}
