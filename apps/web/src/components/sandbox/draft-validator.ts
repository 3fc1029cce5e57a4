import type { ScenarioPath } from '@liqlab/scenario/scenario-path-schema';
import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import type { FieldErrors } from './field-errors';
import type { PathDraft, PositionDraft } from './sandbox-state';

/** A draft checked: the parsed value, or the messages per field. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export type GeneratedPathDraft = Exclude<PathDraft, { kind: 'ticks' }>;

/**
 * Checks the form's drafts against the API's scenario schema (the same limits before and after
 * saving). `Pending` is what it answers when it cannot tell yet (`undefined`: the schema is still
 * loading); the schema validator itself always can (`never`).
 */
export interface DraftValidator<Pending = undefined> {
  position(draft: PositionDraft): Parsed<ScenarioPosition> | Pending;
  path(draft: GeneratedPathDraft): Parsed<ScenarioPath> | Pending;
}

/** The parts of a scenario the server has already checked (a preset, a decoded link, a saved scenario). */
export interface ValidatedParts {
  position: ScenarioPosition;
  path: ScenarioPath;
}

/**
 * A validator that passes the server-checked parts through as they are (the very same objects: an edit
 * replaces the object it changes) and sends anything else to `schema`, or answers `undefined` while
 * the schema has not loaded. So a page opens, and a shared scenario is shown, without zod.
 */
export function trustingValidator(
  validated: ValidatedParts | undefined,
  schema: DraftValidator<never> | null,
): DraftValidator {
  return {
    position: (draft) =>
      validated && draft === validated.position
        ? { ok: true, value: validated.position }
        : schema?.position(draft),
    path: (draft) =>
      validated && draft === validated.path ? { ok: true, value: validated.path } : schema?.path(draft),
  };
}

/** Whether a validator's answer is a verdict (ok or errors) rather than "pending". */
export function isParsed<T, Pending>(answer: Parsed<T> | Pending): answer is Parsed<T> {
  return typeof answer === 'object' && answer !== null && 'ok' in answer;
}
