import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The app's link to its own pages: next/link without viewport prefetching. Prefetching every link that
 * scrolled into view fetched those pages and their scripts while the page was still starting: the home
 * page's and a lesson's loads took more main-thread time with it (issue 18, BENCHMARKS.md). The page is
 * prefetched instead when the reader reaches for the link (LinkIntentPrefetch, which finds these links
 * by their `data-app-link` mark).
 */
export function AppLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} data-app-link="" />;
}
