'use client';

import { useEffect, useState } from 'react';
import { useReaderText } from '~/components/ui/reader-text';
import { ShareBar, useShareLink } from '~/components/ui/share-bar';
import { errorMessage } from '~/lib/error-message';
import { zodFieldErrors } from './field-errors';
import type { ScenarioDraft } from './sandbox-state';
import { forgetSaveNotice, leaveSaveNotice, saveNoticeFor } from './save-notice';
import {
  conflictLatest,
  newClientKey,
  type SavedRef,
  type ScenarioDto,
  savedRefOf,
  type Visibility,
} from './saved-scenario';

/** A guest session when there is none yet; the auth library is loaded on the first save, not with the page. */
async function ensureSession(): Promise<void> {
  const auth = await import('~/auth/auth-client');
  await auth.ensureSession();
}

/**
 * The API client, loaded on the first save, not with the page: the tRPC client and TanStack Query were
 * about 19 of the sandbox's 236 kB of scripts (gzip), and Lighthouse's LCP counts every script that
 * loaded and ran before the first paint (BENCHMARKS.md, issue 18).
 */
async function scenarioApi() {
  const { createBrowserTrpcClient } = await import('~/trpc/browser-client');
  return createBrowserTrpcClient().scenario;
}

/** A first save, an update of the saved scenario, or a copy of it. */
export type SaveKind = 'new' | 'update' | 'copy';

export interface SaveShareBarProps {
  scenario: ScenarioDraft;
  saved: SavedRef | null;
  onScenarioChange: (scenario: ScenarioDraft) => void;
  /** `scenario` is the content that was saved (edits made while saving are not in it). */
  onSaved: (saved: SavedRef, scenario: ScenarioDraft, kind: SaveKind) => void;
  /** Replace the editor's content with the server's copy (after a conflict). */
  onReload: (latest: ScenarioDto) => void;
}

/** Save (guest or account), rename, notes, visibility, copy a link; concurrent edits surface here. */
export function SaveShareBar({ scenario, saved, onScenarioChange, onSaved, onReload }: SaveShareBarProps) {
  const [visibility, setVisibility] = useState<Visibility>(saved?.visibility ?? 'PRIVATE');
  const { link, status, setStatus, show } = useShareLink(() => saveNoticeFor(saved?.slug));
  useEffect(() => forgetSaveNotice(), []);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ScenarioDto | null>(null);
  const [busy, setBusy] = useState(false);
  const readerText = useReaderText();

  // The schema and the link codec (zod, lz-string) are loaded on the first save or copy, not with the page.
  const validInput = async () => {
    const { scenarioInputSchema } = await import('@liqlab/scenario/scenario-schema');
    const parsed = scenarioInputSchema.safeParse(scenario);
    if (parsed.success) return parsed.data;
    const errors = zodFieldErrors(parsed.error, scenario);
    setError(`Cannot save yet: ${Object.values(errors)[0] ?? 'check the highlighted fields.'}`);
    return null;
  };

  const saveNew = async (kind: 'new' | 'copy') => {
    const sent = scenario;
    const input = await validInput();
    if (!input) return;
    await ensureSession();
    const api = await scenarioApi();
    const dto = await api.create.mutate({ ...input, visibility, clientKey: newClientKey() });
    // The editor moves to the scenario's own address next: the confirmation goes with it.
    leaveSaveNotice(dto.slug, `Saved as “${dto.title}”.`);
    setStatus(`Saved as “${dto.title}”.`);
    onSaved(savedRefOf(dto), sent, kind);
  };

  const save = async (asCopy = false) => {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      if (!saved || asCopy) {
        await saveNew(saved ? 'copy' : 'new');
        setConflict(null);
        return;
      }
      const sent = scenario;
      const input = await validInput();
      if (!input) return;
      await ensureSession();
      const api = await scenarioApi();
      const dto = await api.update.mutate({
        id: saved.id,
        version: saved.version,
        title: input.title,
        notes: input.notes,
        visibility,
        position: input.position,
        path: input.path,
      });
      onSaved(savedRefOf(dto), sent, 'update');
      setStatus(`Saved (version ${dto.version}).`);
    } catch (caught) {
      const latest = conflictLatest(caught);
      if (latest) setConflict(latest);
      else setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const copyStateLink = async () => {
    const { encodeScenarioState } = await import('@liqlab/scenario/scenario-state-codec');
    await show(`${window.location.origin}/sandbox?state=${encodeScenarioState(scenario)}`);
  };

  // The explain page reads the same scenario: the position, and the random walk's volatility and horizon.
  const explain = async () => {
    const { encodeScenarioState } = await import('@liqlab/scenario/scenario-state-codec');
    window.location.assign(`/explain?state=${encodeScenarioState(scenario)}`);
  };

  const savedLink =
    saved && saved.visibility !== 'PRIVATE' ? `${window.location.origin}/s/${saved.slug}` : null;

  return (
    <ShareBar
      heading="Save and share"
      title={scenario.title}
      onTitle={(title) => onScenarioChange({ ...scenario, title })}
      // A preset's notes carry its figures marked (core's figure marks): shown at the reader's places;
      // an edit replaces them with the text as the learner sees and types it.
      notes={{
        value: readerText(scenario.notes ?? ''),
        onChange: (notes) => onScenarioChange({ ...scenario, notes }),
      }}
      visibility={visibility}
      onVisibility={setVisibility}
      actions={[
        {
          id: 'save',
          label: busy ? 'Saving…' : saved ? 'Save changes' : 'Save',
          onClick: () => void save(),
          primary: true,
          disabled: busy,
        },
        ...(saved
          ? [{ id: 'copy', label: 'Save as a copy', onClick: () => void save(true), disabled: busy }]
          : []),
        ...(savedLink
          ? [{ id: 'saved-link', label: 'Copy saved link', onClick: () => void show(savedLink) }]
          : []),
        { id: 'copy-state', label: 'Copy link without saving', onClick: () => void copyStateLink() },
        { id: 'explain', label: 'Explain this liquidation', onClick: () => void explain() },
      ]}
      note={
        saved?.visibility === 'PRIVATE' ? (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Private: make it unlisted or public to share the saved link.
          </p>
        ) : null
      }
      link={link}
      status={status}
      error={error}
      testIds={{ link: 'share-link', status: 'save-status' }}
      {...(saved ? { slug: saved.slug } : {})}
    >
      {conflict ? (
        <div
          role="alertdialog"
          aria-labelledby="conflict-title"
          className="rounded-md border-2 border-caution p-3 text-sm"
        >
          <h3 id="conflict-title" className="font-semibold">
            This scenario was changed elsewhere
          </h3>
          <p className="mt-1">
            The saved copy is now version {conflict.version} (“{conflict.title}”, updated{' '}
            {new Date(conflict.updatedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC); you edited
            version {saved?.version}. Your changes are still here, unsaved.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => {
                onReload(conflict);
                setConflict(null);
                setStatus(`Reloaded version ${conflict.version}.`);
              }}
              className="rounded-md border border-slate-300 px-3 py-1.5 dark:border-slate-600"
            >
              Reload latest (discard my changes)
            </button>
            <button
              type="button"
              onClick={() => void save(true)}
              className="rounded-md bg-safe px-3 py-1.5 font-semibold text-white dark:text-slate-950"
            >
              Save mine as a copy
            </button>
          </div>
        </div>
      ) : null}
    </ShareBar>
  );
}
