'use client';

import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ensureSession } from '~/auth/auth-client';
import { zodFieldErrors } from '~/components/sandbox/field-errors';
import { newClientKey, type Visibility } from '~/components/sandbox/saved-scenario';
import { ShareBar, useShareLink } from '~/components/ui/share-bar';
import { errorMessage } from '~/lib/error-message';
import { useTRPC } from '~/trpc/react';
import type { MarketInputs } from './explain-figures';
import { explainScenario, marketQuery } from './explain-link';

/**
 * Share the explanation as a scenario: saved (the scenario API, its visibility and privacy rules; the
 * link opens this page on it) or carried whole in the link, and open it in the sandbox.
 */
export function ExplainShareBar({
  position,
  market,
  defaultTitle,
}: {
  position: ScenarioPosition;
  market: MarketInputs;
  defaultTitle: string;
}) {
  const trpc = useTRPC();
  const create = useMutation(trpc.scenario.create.mutationOptions());
  const [visibility, setVisibility] = useState<Visibility>('UNLISTED');
  const [title, setTitle] = useState(defaultTitle);
  const { link, status, setStatus, show } = useShareLink();
  const [error, setError] = useState<string | null>(null);

  const scenario = async () => {
    const { scenarioInputSchema } = await import('@liqlab/scenario/scenario-schema');
    const parsed = scenarioInputSchema.safeParse(explainScenario(title, position, market));
    if (parsed.success) return parsed.data;
    setError(`Cannot share yet: ${Object.entries(zodFieldErrors(parsed.error))[0]?.join(' — ')}`);
    return null;
  };

  const withMarket = (base: string) => {
    const query = marketQuery(market);
    return query ? `${base}&${query}` : base;
  };

  const save = async () => {
    setError(null);
    setStatus(null);
    try {
      const input = await scenario();
      if (!input) return;
      await ensureSession();
      const dto = await create.mutateAsync({ ...input, visibility, clientKey: newClientKey() });
      await show(
        withMarket(`${window.location.origin}/explain?s=${dto.slug}`),
        dto.visibility === 'PRIVATE' ? 'Saved, private: only you can open this link.' : 'Saved.',
      );
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const copyState = async () => {
    setError(null);
    const input = await scenario();
    if (!input) return;
    const { encodeScenarioState } = await import('@liqlab/scenario/scenario-state-codec');
    await show(
      withMarket(`${window.location.origin}/explain?state=${encodeScenarioState(input)}`),
      'Not saved.',
    );
  };

  const openSandbox = async () => {
    setError(null);
    const input = await scenario();
    if (!input) return;
    const { encodeScenarioState } = await import('@liqlab/scenario/scenario-state-codec');
    window.location.assign(`/sandbox?state=${encodeScenarioState(input)}`);
  };

  return (
    <ShareBar
      heading="Share this explanation"
      title={title}
      onTitle={setTitle}
      visibility={visibility}
      onVisibility={setVisibility}
      actions={[
        {
          id: 'save',
          label: create.isPending ? 'Saving…' : 'Save and copy link',
          onClick: () => void save(),
          primary: true,
          disabled: create.isPending,
        },
        { id: 'copy-state', label: 'Copy link without saving', onClick: () => void copyState() },
        { id: 'sandbox', label: 'Open in sandbox', onClick: () => void openSandbox() },
      ]}
      link={link}
      status={status}
      error={error}
      testIds={{ link: 'explain-share-link', status: 'explain-share-status' }}
    />
  );
}
