'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { HoldingButton } from '~/components/ui/holding-button';
import { errorMessage } from '~/lib/error-message';

/**
 * Copies a shared scenario into my own (guest or account) and opens it in the sandbox. The tRPC
 * client and the sign-in code are imported on click: the shared page needs neither to be read.
 */
export function ForkButton({ idOrSlug }: { idOrSlug: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <HoldingButton
        disabled={pending}
        onClick={async () => {
          setError(null);
          setPending(true);
          try {
            const { forkScenario } = await import('./fork-scenario');
            router.push(`/sandbox/${await forkScenario(idOrSlug)}`);
          } catch (caught) {
            setError(errorMessage(caught));
            setPending(false);
          }
        }}
        className="rounded-md bg-safe px-4 py-2 text-sm font-semibold text-white dark:text-slate-950 disabled:opacity-60"
      >
        {pending ? 'Forking…' : 'Fork into my sandbox'}
      </HoldingButton>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
