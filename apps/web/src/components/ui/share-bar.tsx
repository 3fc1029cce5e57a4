'use client';

import { type ReactNode, useId, useState } from 'react';
import type { Visibility } from '~/components/sandbox/saved-scenario';
import { HoldingButton } from '~/components/ui/holding-button';
import { SelectField } from '~/components/ui/select-field';
import { TextField } from '~/components/ui/text-field';

/** Who may open a saved scenario: the scenario API's three visibilities, in one order everywhere. */
const VISIBILITY: readonly { value: Visibility; label: string }[] = [
  { value: 'PRIVATE', label: 'Private (only me)' },
  { value: 'UNLISTED', label: 'Unlisted (anyone with the link)' },
  { value: 'PUBLIC', label: 'Public (in the gallery)' },
];

/**
 * The link last made and what happened to it: copied, or shown to copy by hand. `initialStatus` is read
 * once, on mount (e.g. the confirmation a save left for the page it moved to).
 */
export function useShareLink(initialStatus: () => string | null = () => null) {
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(initialStatus);
  /** Shows `url` and copies it; `done` (e.g. "Saved.") comes before what happened to the copy. */
  const show = async (url: string, done?: string) => {
    setLink(url);
    const lead = done ? `${done} ` : '';
    try {
      await navigator.clipboard.writeText(url);
      setStatus(`${lead}Link copied.`);
    } catch {
      setStatus(`${lead}Copy the link below.`);
    }
  };
  return { link, status, setStatus, show };
}

export interface ShareAction {
  /** Stable while the label changes ("Save" → "Saving…"), so the button keeps the focus. */
  id: string;
  label: string;
  onClick: () => void;
  primary?: boolean;
  disabled?: boolean;
}

export interface ShareBarProps {
  heading: string;
  title: string;
  onTitle: (title: string) => void;
  /** The scenario's notes, where the page edits them. */
  notes?: { value: string; onChange: (notes: string) => void };
  visibility: Visibility;
  onVisibility: (visibility: Visibility) => void;
  actions: readonly ShareAction[];
  /** A line under the buttons (e.g. why a private scenario has no link). */
  note?: ReactNode;
  link: string | null;
  status: string | null;
  error: string | null;
  testIds: { link: string; status: string };
  /** The saved scenario's slug, on the status line for tests and tools that follow the save. */
  slug?: string;
  /** Below everything: e.g. the choice offered when someone else changed the saved scenario. */
  children?: ReactNode;
}

/**
 * Save and share a scenario, the same on every page that offers it (the sandbox, "explain my
 * liquidation"): title, visibility, the page's actions, the link made, and one status and one error
 * line. What each action does stays with the page; the scenario API's sharing rules apply to all.
 */
export function ShareBar(props: ShareBarProps) {
  const headingId = useId();
  const { notes, link, error, testIds } = props;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <h2 id={headingId} className="text-sm font-semibold">
        {props.heading}
      </h2>
      <TextField label="Title" value={props.title} maxLength={120} onChange={props.onTitle} />
      {notes ? (
        <TextField label="Notes" value={notes.value} maxLength={5000} rows={3} onChange={notes.onChange} />
      ) : null}
      <SelectField
        label="Visibility"
        value={props.visibility}
        options={VISIBILITY}
        onChange={props.onVisibility}
      />
      <div className="flex flex-wrap gap-2">
        {props.actions.map((action) => (
          <HoldingButton
            key={action.id}
            disabled={action.disabled}
            onClick={action.onClick}
            className={
              action.primary
                ? 'rounded-md bg-safe px-4 py-1.5 text-sm font-semibold text-white disabled:opacity-60 dark:text-slate-950'
                : 'rounded-md border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-60 dark:border-slate-600'
            }
          >
            {action.label}
          </HoldingButton>
        ))}
      </div>
      {props.note}
      {link ? <TextField label="Share link" value={link} code testId={testIds.link} /> : null}
      <p aria-live="polite" className="text-sm text-safe" data-testid={testIds.status} data-slug={props.slug}>
        {props.status}
      </p>
      {error ? (
        <p role="alert" className="text-sm font-normal text-danger">
          {error}
        </p>
      ) : null}
      {props.children}
    </section>
  );
}
