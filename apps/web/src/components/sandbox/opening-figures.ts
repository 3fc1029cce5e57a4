import type { ReplayResult } from '@liqlab/core';
import { engineInputsOf } from '@liqlab/scenario/engine-inputs-from-scenario';
import { replayEngineInputs } from '@liqlab/scenario/replay-scenario';
import { type DecimalJson, fromDecimalJson, toDecimalJson } from '~/lib/decimal-json';
import { trustingValidator, type ValidatedParts } from './draft-validator';
import type { FieldErrors } from './field-errors';
import { computePanel, type PanelFigures, type PanelResult } from './panel-figures';
import { pathOfDraft } from './path-of-draft';
import type { SandboxState } from './sandbox-state';

interface OpeningFigures {
  figures: PanelFigures;
  errors: FieldErrors;
  replay: ReplayResult;
}

/** The live figures and the replay of the scenario a page opens with, as the server computed them. */
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
  return toDecimalJson({ figures: panel.figures, errors: panel.errors, replay });
}

/** The opening figures as the browser uses them: the panel of `validated` and its replay. */
export function openedFigures(
  opening: OpeningFiguresJson,
  validated: ValidatedParts,
): { panel: PanelResult & { ok: true }; replay: ReplayResult } {
  const { figures, errors, replay } = fromDecimalJson<OpeningFigures>(opening);
  return { panel: { ok: true, inputs: engineInputsOf(validated.position), figures, errors }, replay };
}
