import { isLiquidationError } from '@liqlab/core';
import type { ZodError } from 'zod';
import { engineErrorMessage, type MessageContext, schemaIssueMessage } from '~/lib/input-messages';

/** Messages keyed by the form field they belong to, in the scenario's dotted notation (`size.quantity`, `otherPositions.0.markPrice`). */
export type FieldErrors = Record<string, string>;

/** The form field that shows an error about `field`: core's names are mapped onto the scenario's. */
export function formFieldOf(engineField: string | undefined): string {
  if (!engineField) return 'position';
  const dotted = engineField.replace(/\[(\d+)\]/g, '.$1').replace(/^position\./, '');
  if (dotted === 'quantity' || dotted === 'notional') return 'size';
  if (dotted.startsWith('tiers') || dotted === 'maintenanceMarginRate' || dotted === 'maintenanceAmount') {
    return 'maintenance';
  }
  if (dotted === 'markPrice' || dotted === 'price') return 'entryPrice';
  return dotted;
}

/** The value at a path of the draft that was checked (what the learner typed), if there is one. */
function valueAt(draft: unknown, path: readonly PropertyKey[]): unknown {
  let value = draft;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Schema issues as plain messages per field (input-messages.ts), never zod's own text. `draft` is the
 * value that was checked, so a message can say why the typed text was refused; `contextFor` adds what
 * the schema cannot know (the real leverage cap of the selected rules and size).
 */
export function zodFieldErrors(
  error: ZodError,
  draft?: unknown,
  contextFor?: (field: string) => MessageContext | undefined,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'position';
    errors[field] ??= schemaIssueMessage(issue, {
      input: valueAt(draft, issue.path),
      ...contextFor?.(field),
    });
  }
  return errors;
}

/** A LiquidationError becomes a plain message next to its field; anything else is a bug and is re-thrown. */
export function engineFieldErrors(error: unknown): FieldErrors {
  if (!isLiquidationError(error)) throw error;
  return { [formFieldOf(error.field)]: engineErrorMessage(error) };
}

/** The first error whose key is `field` or lies under it (`size` also catches `size.quantity`). */
export function errorFor(errors: FieldErrors | undefined, field: string): string | undefined {
  if (!errors) return undefined;
  if (errors[field]) return errors[field];
  const prefix = `${field}.`;
  for (const [key, message] of Object.entries(errors)) if (key.startsWith(prefix)) return message;
  return undefined;
}
