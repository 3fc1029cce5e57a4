'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ensureSession } from '~/auth/auth-client';
import { useTRPC } from '~/trpc/react';
import { errorMessage, newClientKey } from './saved-scenario';

/** Copies a shared scenario into my own (guest or account) and opens it in the sandbox. */
export function ForkButton({ idOrSlug }: { idOrSlug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const fork = useMutation(trpc.scenario.fork.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        disabled={fork.isPending}
        onClick={async () => {
          setError(null);
          try {
            await ensureSession();
            const copy = await fork.mutateAsync({ idOrSlug, clientKey: newClientKey() });
            router.push(`/sandbox?scenario=${copy.id}`);
          } catch (caught) {
            setError(errorMessage(caught));
          }
        }}
        className="rounded-md bg-safe px-4 py-2 text-sm font-semibold text-white dark:text-slate-950 disabled:opacity-60"
      >
        {fork.isPending ? 'Forking…' : 'Fork into my sandbox'}
      </button>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
