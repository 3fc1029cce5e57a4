import { isLiquidationError } from '@liqlab/core';
import type { ZodError } from 'zod';

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

export function zodFieldErrors(error: ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'position';
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A LiquidationError becomes a message next to its field; anything else is a bug and is re-thrown. */
export function engineFieldErrors(error: unknown): FieldErrors {
  if (!isLiquidationError(error)) throw error;
  return { [formFieldOf(error.field)]: error.message };
}

/** The first error whose key is `field` or lies under it (`size` also catches `size.quantity`). */
export function errorFor(errors: FieldErrors | undefined, field: string): string | undefined {
  if (!errors) return undefined;
  if (errors[field]) return errors[field];
  const prefix = `${field}.`;
  for (const [key, message] of Object.entries(errors)) if (key.startsWith(prefix)) return message;
  return undefined;
}
