'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

// The moments a reader reaches for a link, before the click: the pointer comes over it, it takes focus,
// a finger touches it.
const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

/**
 * Prefetches the page of an app link (AppLink) when the reader reaches for it, as next/link does on
 * hover, for every link of the page from listeners on the document: one small island instead of
 * handlers on each link.
 */
export function LinkIntentPrefetch() {
  const router = useRouter();
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[data-app-link]') : null;
      const href = link?.getAttribute('href');
      // Only this site's paths (never `//host`): an app link to anywhere else has nothing to prefetch.
      if (href?.startsWith('/') && !href.startsWith('//')) router.prefetch(href);
    };
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, { passive: true });
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent);
    };
  }, [router]);
  return null;
}
