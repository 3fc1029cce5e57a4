import type { ReactNode } from 'react';

/**
 * A link that leaves the site: a new tab (the reader's place here is kept), no opener, no referrer,
 * and the ↗ mark — which only such links carry.
 */
export function ExternalLink({
  href,
  className = 'underline',
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a href={href} className={className} target="_blank" rel="noopener noreferrer">
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (opens another site in a new tab)</span>
    </a>
  );
}
