'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { readDraft, removeDraft, type StoredDraft, scenarioChanged, writeDraft } from './sandbox-draft';
import type { SandboxState, ScenarioDraft } from './sandbox-state';

/** Long enough that a slider drag writes once, at its end; short enough that a reload right after finds it. */
const WRITE_DELAY_MS = 400;

export interface DraftKeeper {
  /** The scenario differs from its saved (or opened) state. */
  dirty: boolean;
  /** The unsaved edits are stored in this browser (false: storage refused them, so leaving loses them). */
  kept: boolean;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Keeps the editor's unsaved work in the browser under `draftKey` (sandbox-draft.ts): restores it once
 * on mount (through `onRestore`), writes it shortly after each edit and when the page is left, and
 * removes it once nothing differs from `baseline` (after a save or a discard). Only when the draft
 * cannot be kept does leaving the page — closing it or following a link — ask first.
 */
export function useDraftKeeper({
  draftKey,
  state,
  baseline,
  baseVersion,
  onRestore,
}: {
  draftKey: string;
  state: SandboxState;
  /** What a save stored last, or what the address opened with. */
  baseline: ScenarioDraft;
  baseVersion: number | null;
  onRestore: (draft: StoredDraft) => void;
}): DraftKeeper {
  const [kept, setKept] = useState(true);
  const dirty = useMemo(() => scenarioChanged(state.scenario, baseline), [state.scenario, baseline]);

  const restore = useRef(onRestore);
  restore.current = onRestore;
  // Set while a restored draft has yet to reach `state`: the keeping effect below must not act on the
  // state of the first render (not dirty), which would remove the very draft being restored. A ref,
  // not state: opening without a draft must not re-render the editor (that would make React hydrate
  // every deferred part of it at once, see components/ui/deferred-hydration.tsx).
  const restoring = useRef(false);
  useEffect(() => {
    const storage = browserStorage();
    const draft = storage ? readDraft(storage, draftKey) : null;
    if (!draft) return;
    restoring.current = true;
    restore.current(draft);
  }, [draftKey]);

  // The write waiting for the pause after an edit, flushed at once if the page goes first.
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (restoring.current) {
      restoring.current = false; // the restored state renders next, and runs this effect again
      return;
    }
    const storage = browserStorage();
    if (!dirty) {
      pending.current = null;
      if (storage) removeDraft(storage, draftKey);
      setKept(true);
      return;
    }
    const write = () => {
      pending.current = null;
      setKept(storage ? writeDraft(storage, draftKey, { state, baseVersion, writtenAt: Date.now() }) : false);
    };
    pending.current = write;
    const timer = setTimeout(write, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, draftKey, state, baseVersion]);

  useEffect(() => {
    const flush = () => pending.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush(); // leaving the sandbox within the pause after an edit
    };
  }, []);

  const atRisk = dirty && !kept;
  useEffect(() => {
    if (!atRisk) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when a return value is set.
      event.returnValue = '';
    };
    // Links inside the app navigate without unloading the page: they ask here instead.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank') return;
      if (link.origin !== window.location.origin || link.pathname === window.location.pathname) return;
      if (!window.confirm(UNKEPT_CHANGES_PROMPT)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [atRisk]);

  return { dirty, kept };
}

export const UNKEPT_CHANGES_PROMPT =
  'This browser could not keep your unsaved changes. Leave the sandbox and lose them?';

/** Asks before unsaved edits are thrown away (discard, load another scenario into this editor); true to go on. */
export function confirmDiscard(dirty: boolean, what = 'your unsaved changes'): boolean {
  return !dirty || window.confirm(`Discard ${what}? This cannot be undone.`);
}
