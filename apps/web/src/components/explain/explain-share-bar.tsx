'use client';

import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ensureSession } from '~/auth/auth-client';
import { zodFieldErrors } from '~/components/sandbox/field-errors';
import { newClientKey, type Visibility } from '~/components/sandbox/saved-scenario';
import { SelectField } from '~/components/ui/select-field';
import { errorMessage } from '~/lib/error-message';
import { useTRPC } from '~/trpc/react';
import type { MarketInputs } from './explain-figures';
import { explainScenario, marketQuery } from './explain-link';

const VISIBILITY: readonly { value: Visibility; label: string }[] = [
  { value: 'UNLISTED', label: 'Unlisted (anyone with the link)' },
  { value: 'PRIVATE', label: 'Private (only me)' },
  { value: 'PUBLIC', label: 'Public (in the gallery)' },
];

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
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const linkId = useId();

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

  const show = async (url: string, message: string) => {
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(`${message} Link copied.`);
    } catch {
      setStatus(`${message} Copy the link below.`);
    }
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
    <section
      aria-labelledby="explain-share-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <h2 id="explain-share-title" className="text-sm font-semibold">
        Share this explanation
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor={titleId} className="text-xs font-medium">
          Title
        </label>
        <input
          id={titleId}
          value={title}
          maxLength={120}
          onChange={(event) => setTitle(event.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      </div>
      <SelectField label="Visibility" value={visibility} options={VISIBILITY} onChange={setVisibility} />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={create.isPending}
          onClick={() => void save()}
          className="rounded-md bg-safe px-4 py-1.5 text-sm font-semibold text-white disabled:opacity-60 dark:text-slate-950"
        >
          {create.isPending ? 'Saving…' : 'Save and copy link'}
        </button>
        <button
          type="button"
          onClick={() => void copyState()}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600"
        >
          Copy link without saving
        </button>
        <button
          type="button"
          onClick={() => void openSandbox()}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600"
        >
          Open in sandbox
        </button>
      </div>
      {link ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={linkId} className="text-xs font-medium">
            Share link
          </label>
          <input
            id={linkId}
            readOnly
            value={link}
            data-testid="explain-share-link"
            onFocus={(event) => event.currentTarget.select()}
            className="rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
      ) : null}
      <p aria-live="polite" className="text-sm text-safe" data-testid="explain-share-status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </section>
  );
}
