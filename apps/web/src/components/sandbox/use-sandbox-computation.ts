'use client';

import type { PricePath, ReplayResult } from '@liqlab/core';
import type { PositionWarning } from '@liqlab/scenario/position-warnings';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { trustingValidator, type ValidatedParts } from './draft-validator';
import type { FieldErrors } from './field-errors';
import { loadedSchemaValidator, loadSchemaValidator } from './load-schema-validator';
import { type OpeningFiguresJson, openedFigures, panelFor, replayFor, warningsFor } from './opening-figures';
import { FALLBACK_MAX_LEVERAGE, type PanelResult } from './panel-figures';
import { type PathResult, pathOfDraft } from './path-of-draft';
import type { SandboxState } from './sandbox-state';

export interface SandboxComputation {
  /** Figures for the current state: recomputed synchronously on every edit. */
  panel: PanelResult;
  /** The live panel's field warnings (none while it does not compute). */
  warnings: PositionWarning[];
  /** The path and its replay for a deferred copy of the state, so typing never waits for a long replay. */
  path: PricePath | null;
  replay: ReplayResult | null;
  /** The panel the replay was computed with (it can lag the live panel by a frame). */
  replayPanel: PanelResult;
  errors: FieldErrors;
  /** True while the figures shown are not yet those of the latest edit. */
  stale: boolean;
}

const CHECKING: PanelResult = { ok: false, errors: {}, maxLeverage: FALLBACK_MAX_LEVERAGE };
const NO_PATH: PathResult = { ok: false, errors: {} };

/** `value` when there is one, else the last one this component had (or `initial`). */
function useLastDefined<T>(value: T | undefined, initial: T): T {
  const [last, setLast] = useState<T>(value ?? initial);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}

/**
 * The sandbox's figures for `state`. `validated` are the parts of the scenario the server has checked
 * already (the page's scenario, a loaded saved one): while the state still holds them, nothing is
 * checked again, so the page needs no zod to start. The first edit that needs the schema loads it;
 * until then (a network round trip, once) the last figures stay on screen, marked stale.
 *
 * `opening` are the server's figures for the state of the first render (openingFiguresOf): they stand
 * in for the computation of exactly that state and its path, and nothing else, so hydrating runs no
 * engine at all.
 */
export function useSandboxComputation(
  state: SandboxState,
  validated: ValidatedParts,
  opening?: OpeningFiguresJson,
): SandboxComputation {
  const [opened] = useState(() => (opening ? openedFigures(opening, state, validated) : null));
  const [schema, setSchema] = useState(loadedSchemaValidator);
  const schemaNow = schema ?? loadedSchemaValidator();
  const validator = useMemo(() => trustingValidator(validated, schemaNow), [validated, schemaNow]);

  const freshPanel = useMemo(() => panelFor(state, validator, opened), [state, validator, opened]);
  const deferred = useDeferredValue(state);
  const freshReplayPanel = useMemo(
    () => (deferred === state ? freshPanel : panelFor(deferred, validator, opened)),
    [deferred, state, freshPanel, validator, opened],
  );
  const freshPath = useMemo(
    () => pathOfDraft(deferred.scenario.path, validator),
    [deferred.scenario.path, validator],
  );
  const checking = !freshPanel || !freshReplayPanel || !freshPath;
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    if (!checking || schemaNow) return;
    let cancelled = false;
    loadSchemaValidator().then(
      (loaded) => {
        if (!cancelled) setSchema(() => loaded);
      },
      () => {
        if (!cancelled) setLoadFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
    // `state` on purpose: after a failed load, the next edit tries again.
  }, [checking, schemaNow, state]);

  const panel = useLastDefined(freshPanel, CHECKING);
  const warnings = useMemo(() => (panel.ok ? warningsFor(panel, opened) : []), [panel, opened]);
  const replayPanel = useLastDefined(freshReplayPanel, CHECKING);
  const pathResult = useLastDefined(freshPath, NO_PATH);
  const replayed = useMemo((): { replay: ReplayResult | null; errors: FieldErrors } => {
    if (!replayPanel.ok || !pathResult.ok) return { replay: null, errors: {} };
    return replayFor(replayPanel, pathResult, opened);
  }, [replayPanel, pathResult, opened]);
  const errors = {
    ...(pathResult.ok ? {} : pathResult.errors),
    ...replayed.errors,
    ...panel.errors,
    ...(checking && loadFailed
      ? { position: 'The form’s checks could not be loaded; check the connection and edit again.' }
      : {}),
  };
  return {
    panel,
    warnings,
    path: pathResult.ok ? pathResult.path : null,
    replay: replayed.replay,
    replayPanel,
    errors,
    stale: deferred !== state || checking,
  };
}
