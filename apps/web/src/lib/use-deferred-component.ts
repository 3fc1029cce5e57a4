'use client';

import { type ComponentType, useEffect, useState } from 'react';

/**
 * A component whose code is imported only after the page has hydrated, so it stays out of the
 * page's first-load JavaScript. Until then (and on the server) the caller renders a placeholder.
 * `load` must be a stable (module-level) function.
 */
export function useDeferredComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let cancelled = false;
    load().then(
      (loaded) => {
        if (!cancelled) setComponent(() => loaded);
      },
      (error: unknown) => {
        // The placeholder stays (it says what is still loading); the failure goes to the console.
        console.error(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load]);
  return component;
}
