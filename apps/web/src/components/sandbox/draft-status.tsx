'use client';

import { AppLink } from '~/components/ui/app-link';

/**
 * The editor's save state at a glance: unsaved changes (and whether this browser keeps them), or
 * saved; with the ways out — discard the changes, start a new scenario, see my saved ones.
 */
export function DraftStatus({
  dirty,
  kept,
  savedTitle,
  showNew,
  onDiscard,
}: {
  dirty: boolean;
  kept: boolean;
  /** The saved scenario's title when this address is a saved scenario. */
  savedTitle: string | null;
  /** Offer a blank scenario (anywhere but the blank sandbox itself). */
  showNew: boolean;
  onDiscard: () => void;
}) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="draft-status">
      {dirty ? (
        <p role="status" className="flex items-center gap-1.5 font-normal" data-unsaved="true">
          <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-caution" />
          Unsaved changes
          <span className="font-normal text-slate-600 dark:text-slate-400">
            {kept ? '· kept in this browser' : '· this browser cannot keep them: save before leaving'}
          </span>
        </p>
      ) : (
        <p role="status" className="text-slate-600 dark:text-slate-400" data-unsaved="false">
          {savedTitle ? 'All changes saved' : 'Not saved yet'}
        </p>
      )}
      {dirty ? (
        <button type="button" onClick={onDiscard} className="underline underline-offset-2">
          Discard changes
        </button>
      ) : null}
      {showNew ? (
        <AppLink href="/sandbox" className="underline underline-offset-2">
          New scenario
        </AppLink>
      ) : null}
      <AppLink href="/sandbox/mine" className="underline underline-offset-2">
        My scenarios
      </AppLink>
    </div>
  );
}
