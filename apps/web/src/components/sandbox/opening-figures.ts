import type { ReplayResult } from '@liqlab/core';
import { engineInputsOf } from '@liqlab/scenario/engine-inputs-from-scenario';
import { type PositionWarning, positionWarnings } from '@liqlab/scenario/position-warnings';
import { replayEngineInputs } from '@liqlab/scenario/replay-scenario';
import { type DecimalJson, fromDecimalJson, toDecimalJson } from '~/lib/decimal-json';
import { type DraftValidator, trustingValidator, type ValidatedParts } from './draft-validator';
import { engineFieldErrors, type FieldErrors } from './field-errors';
import { computePanel, type PanelFigures, type PanelResult } from './panel-figures';
import { type PathResult, pathOfDraft } from './path-of-draft';
import type { SandboxState } from './sandbox-state';

interface OpeningFigures {
  figures: PanelFigures;
  errors: FieldErrors;
  replay: ReplayResult;
  warnings: PositionWarning[];
}

/**
 * The live figures, the replay and the field warnings of the scenario a page opens with, as the server
 * computed them.
 */
export type OpeningFiguresJson = DecimalJson<OpeningFigures>;

/**
 * On the server: the figures and the replay of the scenario a page opens with, for the page to hand
 * to the browser with the HTML they are already in. Hydrating the page then needs no run of the
 * engine — on a phone the first replay alone blocks the main thread for a tenth of a second or more.
 * The same pure computation as the browser's (useSandboxComputation), so the figures are identical.
 * `undefined` when the scenario does not replay: the browser then computes, and shows, the errors.
 */
export function openingFiguresOf(
  state: SandboxState & { scenario: ValidatedParts },
): OpeningFiguresJson | undefined {
  const validator = trustingValidator({ position: state.scenario.position, path: state.scenario.path }, null);
  const panel = computePanel(state, validator);
  const path = pathOfDraft(state.scenario.path, validator);
  if (!panel?.ok || !path?.ok) return undefined;
  let replay: ReplayResult;
  try {
    replay = replayEngineInputs(panel.inputs, path.path);
  } catch {
    return undefined;
  }
  return toDecimalJson({ figures: panel.figures, errors: panel.errors, replay, warnings: warningsOf(panel) });
}

/** The field warnings of a computed panel: the engine's liquidation and volatility checks at entry. */
function warningsOf(panel: PanelResult & { ok: true }): PositionWarning[] {
  return positionWarnings(panel.inputs.position, panel.figures.analysis ?? undefined);
}

/**
 * The opening figures as the browser holds them, with exactly the inputs they are the figures of: the
 * first render's state (an edit replaces the state object, so identity means "not edited"), and its
 * path as pathOfDraft gives it (the same object for the same draft, as pathOfDraft caches per draft).
 */
export interface OpenedFigures {
  state: SandboxState;
  panel: PanelResult & { ok: true };
  path: PathResult | undefined;
  replay: ReplayResult;
  warnings: PositionWarning[];
}

/** The opening figures of `state`, the state of the first render, whose parts `validated` are. */
export function openedFigures(
  opening: OpeningFiguresJson,
  state: SandboxState,
  validated: ValidatedParts,
): OpenedFigures {
  const { figures, errors, replay, warnings } = fromDecimalJson<OpeningFigures>(opening);
  return {
    state,
    panel: { ok: true, inputs: engineInputsOf(validated.position), figures, errors },
    path: pathOfDraft(state.scenario.path, trustingValidator(validated, null)),
    replay,
    warnings,
  };
}

/** The live panel of `state`: the server's for the very state it was computed for, else the engine's. */
export function panelFor(
  state: SandboxState,
  validator: DraftValidator,
  opened: OpenedFigures | null,
): PanelResult | undefined {
  return state === opened?.state ? opened.panel : computePanel(state, validator);
}

/**
 * The field warnings of `panel`: the server's for the opening panel, else the engine's. Checking a stop
 * against the volatility band takes a square root at the engine's precision: on a phone, part of what
 * hydrating would otherwise compute (issue 18, BENCHMARKS.md).
 */
export function warningsFor(
  panel: PanelResult & { ok: true },
  opened: OpenedFigures | null,
): PositionWarning[] {
  return panel === opened?.panel ? opened.warnings : warningsOf(panel);
}

/**
 * The replay of `panel` on `path`: the server's only when both are the opening ones. The panel alone
 * does not say so: while the schema for an edited position loads, the panel shown stays the opening
 * one, yet the path may be new already (an uploaded CSV needs no schema), and the opening replay would
 * then be drawn over a path it was not run on.
 */
export function replayFor(
  panel: PanelResult & { ok: true },
  path: PathResult & { ok: true },
  opened: OpenedFigures | null,
): { replay: ReplayResult | null; errors: FieldErrors } {
  if (panel === opened?.panel && path === opened.path) return { replay: opened.replay, errors: {} };
  try {
    return { replay: replayEngineInputs(panel.inputs, path.path), errors: {} };
  } catch (error) {
    return { replay: null, errors: engineFieldErrors(error) };
  }
}
