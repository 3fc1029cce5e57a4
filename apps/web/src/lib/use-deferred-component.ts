'use client';

import { type ComponentType, type RefObject, useEffect, useState } from 'react';
import { whenNearViewport } from './when-near-viewport';

// How far outside the viewport a `whenNear` placeholder starts loading, so it is ready on arrival.
const LOAD_AHEAD = '200px 0px';

/**
 * A component whose code is imported only after the page has hydrated, so it stays out of the
 * page's first-load JavaScript. Until then (and on the server) the caller renders a placeholder.
 * With `whenNear`, the import waits until that placeholder comes near the viewport: a footer's
 * widget costs nothing to a reader who never scrolls to it. With `enabled: false` nothing loads
 * until it turns true. `load` must be a stable (module-level) function.
 */
export function useDeferredComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: { whenNear?: RefObject<Element | null>; enabled?: boolean } = {},
): ComponentType<P> | null {
  const { whenNear, enabled = true } = options;
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const start = () =>
      load().then(
        (loaded) => {
          if (!cancelled) setComponent(() => loaded);
        },
        (error: unknown) => {
          // The placeholder stays (it says what is still loading); the failure goes to the console.
          console.error(error);
        },
      );
    const target = whenNear?.current;
    let stopWatching = () => {};
    if (target) stopWatching = whenNearViewport(target, LOAD_AHEAD, start);
    else start();
    return () => {
      cancelled = true;
      stopWatching();
    };
  }, [load, whenNear, enabled]);
  return component;
}
