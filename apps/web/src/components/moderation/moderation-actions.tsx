'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage } from '~/lib/error-message';
import { createBrowserTrpcClient } from '~/trpc/browser-client';

/** Hide or restore one scenario on the moderation page, then show the page as it now stands. */
export function ModerationActions({
  scenarioId,
  state,
  title,
}: {
  scenarioId: string;
  state: 'VISIBLE' | 'PENDING_REVIEW' | 'HIDDEN';
  title: string;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const decide = async (decision: 'hide' | 'restore') => {
    setError(null);
    setPending(true);
    try {
      await createBrowserTrpcClient().moderation[decision].mutate({ scenarioId });
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      {state !== 'HIDDEN' ? (
        <button
          type="button"
          disabled={pending}
          aria-label={`Hide “${title}”`}
          onClick={() => void decide('hide')}
          className="rounded bg-danger px-3 py-1.5 text-sm font-normal text-white disabled:opacity-60 dark:text-slate-950"
        >
          Hide
        </button>
      ) : null}
      <button
        type="button"
        disabled={pending}
        aria-label={`Restore “${title}”`}
        onClick={() => void decide('restore')}
        className="rounded border border-slate-400 px-3 py-1.5 text-sm font-normal disabled:opacity-60"
      >
        {state === 'VISIBLE' ? 'Dismiss reports' : 'Restore'}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
