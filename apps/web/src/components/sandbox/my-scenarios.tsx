'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ensureSession } from '~/auth/auth-client';
import { AppLink } from '~/components/ui/app-link';
import { errorMessage } from '~/lib/error-message';
import { useTRPC } from '~/trpc/react';
import { type MyScenarioActions, MyScenarioRow } from './my-scenario-row';
import { newClientKey } from './saved-scenario';

/** The scenarios I saved (as a guest or with an account), the last changed first. */
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
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.scenario.listMine.queryKey() });
  const update = useMutation(trpc.scenario.update.mutationOptions({ onSettled: refresh }));
  const duplicate = useMutation(trpc.scenario.duplicate.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.scenario.delete.mutationOptions({ onSettled: refresh }));
  const actions: MyScenarioActions = {
    rename: (item, title) => update.mutateAsync({ id: item.id, version: item.version, title }),
    duplicate: (item) => duplicate.mutateAsync({ id: item.id, clientKey: newClientKey() }),
    remove: (item) => remove.mutateAsync({ id: item.id }),
  };

  if (error || mine.error) {
    return (
      <p role="alert" className="text-danger">
        Your scenarios could not be loaded: {error ?? mine.error?.message}
      </p>
    );
  }
  if (!mine.data) return <p aria-live="polite">Loading your scenarios…</p>;
  if (mine.data.items.length === 0) {
    return (
      <p>
        Nothing saved yet.{' '}
        <AppLink href="/sandbox" className="underline">
          Open the sandbox
        </AppLink>{' '}
        and press Save: your scenarios are listed here.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {mine.data.items.map((item) => (
        <MyScenarioRow key={`${item.id}:${item.version}`} item={item} actions={actions} />
      ))}
    </ul>
  );
}
