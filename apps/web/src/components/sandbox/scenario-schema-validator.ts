import { leverageCap } from '@liqlab/scenario/leverage-cap';
import type { ScenarioPath } from '@liqlab/scenario/scenario-path-schema';
import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import type { MessageContext } from '~/lib/input-messages';
import type { DraftValidator, Parsed } from './draft-validator';
import { zodFieldErrors } from './field-errors';
import type { PathDraft, PositionDraft } from './sandbox-state';

const positionSchema = scenarioInputSchema.shape.position;
const pathSchema = scenarioInputSchema.shape.path;

/**
 * The leverage's real range for this draft: from 1× to its bracket's (or asset's) maximum. The schema
 * only knows the sandbox's outer bound, so a refused leverage is explained with the real one.
 */
function leverageContext(draft: PositionDraft): MessageContext {
  const atOne = positionSchema.safeParse({ ...draft, leverage: '1' });
  try {
    const cap = atOne.success ? leverageCap(atOne.data) : undefined;
    return cap ? { min: '1', max: cap.toFixed(), exclusive: false, unit: '×' } : { unit: '×' };
  } catch {
    return { unit: '×' }; // a size beyond the last bracket: its own error is shown on the size
  }
}

/** The form's draft, checked by the API's own schema: the same limits apply before and after saving. */
export function parsePosition(draft: PositionDraft): Parsed<ScenarioPosition> {
  const parsed = positionSchema.safeParse(draft);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : {
        ok: false,
        errors: zodFieldErrors(parsed.error, draft, (field) =>
          field === 'leverage' ? leverageContext(draft) : undefined,
        ),
      };
}

export function parsePath(draft: PathDraft): Parsed<ScenarioPath> {
  const parsed = pathSchema.safeParse(draft);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: zodFieldErrors(parsed.error, draft) };
}

export const scenarioSchemaValidator: DraftValidator<never> = { position: parsePosition, path: parsePath };
