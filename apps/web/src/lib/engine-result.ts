import { isLiquidationError } from '@liqlab/core';
import { engineErrorMessage } from './input-messages';

/**
 * The outcome of one engine call made from a widget: the figures, or the engine's own error with the
 * field it names, so the widget can put the message next to that input. Anything that is not a
 * LiquidationError is a bug and is rethrown.
 */
export type EngineResult<T> =
  | { ok: true; value: T }
  | { ok: false; field: string | undefined; code: string; message: string };

export function runEngine<T>(compute: () => T): EngineResult<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (isLiquidationError(error)) {
      return { ok: false, field: error.field, code: error.code, message: engineErrorMessage(error) };
    }
    throw error;
  }
}

/** The error message that belongs to `field`, if the result failed because of it. */
export function errorFor(result: EngineResult<unknown>, ...fields: string[]): string | undefined {
  if (result.ok || result.field === undefined) return undefined;
  return fields.some((f) => result.field === f || result.field?.startsWith(`${f}.`))
    ? result.message
    : undefined;
}

/** The message of a failure no input owns (shown once under the widget). */
export function unownedError(
  result: EngineResult<unknown>,
  ownedFields: readonly string[],
): string | undefined {
  if (result.ok) return undefined;
  const field = result.field;
  if (field !== undefined && ownedFields.some((f) => field === f || field.startsWith(`${f}.`)))
    return undefined;
  return result.message;
}
