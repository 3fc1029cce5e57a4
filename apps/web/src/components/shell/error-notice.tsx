'use client';

import { useEffect, useState } from 'react';
import { AppLink } from '~/components/ui/app-link';

/**
 * What a reader can quote to support. A server error carries React's digest, which the server's
 * `request failed` log line also carries (instrumentation.ts, next to the request id); an error raised
 * in the browser has none, so the page's own request id (a <meta> the layout writes) stands in.
 */
export function errorReferenceOf(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string') {
    return error.digest;
  }
  if (typeof document === 'undefined') return null;
  return document.querySelector('meta[name="liqlab-request-id"]')?.getAttribute('content') ?? null;
}

export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const [reference, setReference] = useState<string | null>(null);
  useEffect(() => {
    setReference(errorReferenceOf(error));
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="mb-3 text-3xl font-semibold">Something went wrong</h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">
        This page could not be shown. Nothing you entered was lost on our side; try again, and if it keeps
        happening, tell us the reference below.
      </p>
      {reference && (
        <p className="mb-6 text-sm">
          Reference:{' '}
          <code data-testid="error-reference" className="rounded bg-slate-100 px-1 py-0.5 dark:bg-slate-800">
            {reference}
          </code>
        </p>
      )}
      <div className="flex gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-slate-900 px-3 py-1.5 text-white dark:bg-slate-100 dark:text-slate-900"
        >
          Try again
        </button>
        <AppLink href="/" className="self-center underline">
          Home
        </AppLink>
      </div>
    </main>
  );
}
