import type { ScenarioPath } from '@liqlab/scenario/scenario-path-schema';
import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import type { DraftValidator, Parsed } from './draft-validator';
import { zodFieldErrors } from './field-errors';
import type { PathDraft, PositionDraft } from './sandbox-state';

const positionSchema = scenarioInputSchema.shape.position;
const pathSchema = scenarioInputSchema.shape.path;

/** The form's draft, checked by the API's own schema: the same limits apply before and after saving. */
export function parsePosition(draft: PositionDraft): Parsed<ScenarioPosition> {
  const parsed = positionSchema.safeParse(draft);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: zodFieldErrors(parsed.error) };
}

export function parsePath(draft: PathDraft): Parsed<ScenarioPath> {
  const parsed = pathSchema.safeParse(draft);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: zodFieldErrors(parsed.error) };
}

export const scenarioSchemaValidator: DraftValidator<never> = { position: parsePosition, path: parsePath };
