'use client';

import type { PricePath, ReplayResult } from '@liqlab/core';
import { useDeferredValue, useMemo } from 'react';
import { engineFieldErrors, type FieldErrors } from './field-errors';
import { computePanel, type PanelResult } from './panel-figures';
import { pathOfDraft } from './path-of-draft';
import { runReplay } from './replay-run';
import type { SandboxState } from './sandbox-state';

export interface SandboxComputation {
  /** Figures for the current state: recomputed synchronously on every edit. */
  panel: PanelResult;
  /** The path and its replay for a deferred copy of the state, so typing never waits for a long replay. */
  path: PricePath | null;
  replay: ReplayResult | null;
  /** The panel the replay was computed with (it can lag the live panel by a frame). */
  replayPanel: PanelResult;
  errors: FieldErrors;
  stale: boolean;
}

export function useSandboxComputation(state: SandboxState): SandboxComputation {
  const panel = useMemo(() => computePanel(state), [state]);
  const deferred = useDeferredValue(state);
  const replayPanel = useMemo(
    () => (deferred === state ? panel : computePanel(deferred)),
    [deferred, state, panel],
  );
  const pathResult = useMemo(() => pathOfDraft(deferred.scenario.path), [deferred.scenario.path]);
  const replayed = useMemo((): { replay: ReplayResult | null; errors: FieldErrors } => {
    if (!replayPanel.ok || !pathResult.ok) return { replay: null, errors: {} };
    try {
      return { replay: runReplay(replayPanel.inputs, pathResult.path), errors: {} };
    } catch (error) {
      return { replay: null, errors: engineFieldErrors(error) };
    }
  }, [replayPanel, pathResult]);
  const errors = {
    ...(pathResult.ok ? {} : pathResult.errors),
    ...replayed.errors,
    ...panel.errors,
  };
  return {
    panel,
    path: pathResult.ok ? pathResult.path : null,
    replay: replayed.replay,
    replayPanel,
    errors,
    stale: deferred !== state,
  };
}
