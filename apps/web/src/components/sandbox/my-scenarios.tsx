'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { ensureSession } from '~/auth/auth-client';
import { errorMessage } from '~/lib/error-message';
import { useTRPC } from '~/trpc/react';
import { ScenarioList } from './scenario-list';

/** The scenarios I saved (as a guest or with an account), with edit, open and delete. */
export function MyScenarios() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ensureSession()
      .then(() => setReady(true))
      .catch((caught: unknown) => setError(errorMessage(caught)));
  }, []);
  const mine = useQuery({ ...trpc.scenario.listMine.queryOptions({ limit: 50 }), enabled: ready });
  const remove = useMutation(
    trpc.scenario.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.scenario.listMine.queryKey() }),
    }),
  );
  if (error || mine.error) {
    return (
      <p role="alert" className="text-danger">
        {error ?? mine.error?.message}
      </p>
    );
  }
  if (!mine.data) return <p>Loading…</p>;
  if (mine.data.items.length === 0) {
    return (
      <p>
        Nothing saved yet.{' '}
        <Link href="/sandbox" className="underline">
          Open the sandbox
        </Link>{' '}
        and press Save.
      </p>
    );
  }
  return (
    <ScenarioList
      items={mine.data.items}
      hrefOf={(item) => `/sandbox?scenario=${item.id}`}
      actions={(item) => (
        <>
          {item.visibility !== 'PRIVATE' ? (
            <Link
              href={`/s/${item.slug}`}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
            >
              Shared page
            </Link>
          ) : null}
          <button
            type="button"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete “${item.title}”?`)) remove.mutate({ id: item.id });
            }}
            className="rounded-md border border-danger px-2 py-1 text-sm text-danger"
          >
            Delete
          </button>
        </>
      )}
    />
  );
}
