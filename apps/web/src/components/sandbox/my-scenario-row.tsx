'use client';

import { Decimal, ruleSetInfo } from '@liqlab/core';
import { type FormEvent, useState } from 'react';
import { AppLink } from '~/components/ui/app-link';
import { TextField } from '~/components/ui/text-field';
import { errorMessage } from '~/lib/error-message';
import { useNumberFormat } from '~/lib/use-number-format';
import { OutcomeBadge } from './outcome-badge';
import type { ScenarioSummary } from './saved-scenario';

const CHANGED = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface MyScenarioActions {
  rename: (item: ScenarioSummary, title: string) => Promise<unknown>;
  duplicate: (item: ScenarioSummary) => Promise<unknown>;
  remove: (item: ScenarioSummary) => Promise<unknown>;
}

const BUTTON =
  'rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 disabled:opacity-60';
/** Beside the rename field: as tall as the field, so the row lines up. */
const FIELD_BUTTON =
  'rounded-md border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-600 disabled:opacity-60';

/** One of my saved scenarios: what it is and how it ends, with open, rename, duplicate and delete. */
export function MyScenarioRow({ item, actions }: { item: ScenarioSummary; actions: MyScenarioActions }) {
  const { formatDecimal } = useNumberFormat();
  const [mode, setMode] = useState<'idle' | 'renaming' | 'confirm-delete'>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState(item.title);
  const rules = ruleSetInfo(item.rules);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setMode('idle');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setError('Give the scenario a title (up to 120 characters).');
      return;
    }
    if (trimmed === item.title) {
      setMode('idle');
      return;
    }
    void run(() => actions.rename(item, trimmed));
  };

  return (
    <li
      className="flex flex-col gap-2 py-3"
      data-testid="scenario-row"
      data-slug={item.slug}
      aria-busy={busy}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <AppLink href={`/sandbox/${item.slug}`} className="font-semibold underline-offset-2 hover:underline">
          {item.title}
        </AppLink>
        <OutcomeBadge outcome={item.outcome} />
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {rules.name} · {item.side}{' '}
        {item.leverage ? `${formatDecimal(new Decimal(item.leverage), { digits: 2, trim: true })}×` : ''}{' '}
        {item.marginMode} · {item.visibility.toLowerCase()}
        {item.moderationState === 'PENDING_REVIEW'
          ? ' · in review (out of the gallery until a moderator looks)'
          : ''}
        {item.moderationState === 'HIDDEN' ? ' · hidden by a moderator' : ''}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Last changed <time dateTime={item.updatedAt}>{CHANGED.format(new Date(item.updatedAt))}</time>
      </p>
      {mode === 'renaming' ? (
        <form onSubmit={submitRename} className="flex flex-wrap items-end gap-2">
          <TextField
            label="New title"
            value={title}
            maxLength={120}
            autoFocus
            onChange={setTitle}
            className="w-64 max-w-full"
          />
          <button type="submit" disabled={busy} className={`${FIELD_BUTTON} font-semibold`}>
            Save title
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setTitle(item.title);
              setError(null);
              setMode('idle');
            }}
            className={FIELD_BUTTON}
          >
            Cancel
          </button>
        </form>
      ) : mode === 'confirm-delete' ? (
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="mb-1 text-sm font-normal">
            Delete “{item.title}” for good? This cannot be undone.
          </legend>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => actions.remove(item))}
            className="rounded-md border border-danger bg-danger px-2 py-1 text-sm font-semibold text-white disabled:opacity-60 dark:text-slate-950"
          >
            Delete
          </button>
          <button type="button" disabled={busy} onClick={() => setMode('idle')} className={BUTTON}>
            Keep it
          </button>
        </fieldset>
      ) : (
        <div className="flex flex-wrap gap-2">
          <AppLink href={`/sandbox/${item.slug}`} className={BUTTON}>
            Open
          </AppLink>
          <button type="button" disabled={busy} onClick={() => setMode('renaming')} className={BUTTON}>
            Rename
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => actions.duplicate(item))}
            className={BUTTON}
          >
            Duplicate
          </button>
          {item.visibility !== 'PRIVATE' ? (
            <AppLink href={`/s/${item.slug}`} className={BUTTON}>
              Shared page
            </AppLink>
          ) : null}
          <button
            type="button"
            disabled={busy}
            onClick={() => setMode('confirm-delete')}
            className="rounded-md border border-danger px-2 py-1 text-sm text-danger disabled:opacity-60"
          >
            Delete
          </button>
        </div>
      )}
      {error ? (
        <p role="alert" className="text-sm font-normal text-danger">
          {error}
        </p>
      ) : null}
    </li>
  );
}
