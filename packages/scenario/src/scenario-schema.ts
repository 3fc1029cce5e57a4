/**
 * The scenario as the client sends it and the share link carries it. Browser-safe on purpose (zod and
 * @liqlab/core only): the web app validates with the very same schema before it calls the API.
 */
import { initialMargin, isLiquidationError, LiquidationError, liquidationPrice } from '@liqlab/core';
import { z } from 'zod';
import { positionSpecOf } from './position-spec-from-scenario';
import { pricePathOf } from './price-path-from-scenario';
import { type ScenarioPath, scenarioPathSchema } from './scenario-path-schema';
import { type ScenarioPosition, scenarioPositionSchema } from './scenario-position-schema';
import { isStorableText, unstorableTextMessage } from './storable-text';

export const MAX_TITLE_LENGTH = 120;
export const MAX_NOTES_LENGTH = 5_000;

/**
 * Plain text, stored verbatim after trimming: markup is never interpreted on the server, and the UI
 * renders it as text (React escapes it). The raw length is capped before trimming so a huge string is
 * refused without being copied.
 */
export const scenarioTitleSchema = z
  .string()
  .max(MAX_TITLE_LENGTH * 4, `the title is at most ${MAX_TITLE_LENGTH} characters`)
  .trim()
  .min(1, 'the title is required')
  .max(MAX_TITLE_LENGTH, `the title is at most ${MAX_TITLE_LENGTH} characters`)
  .refine(isStorableText, { error: () => unstorableTextMessage('title') });

export const scenarioNotesSchema = z
  .string()
  // A function, so Intl (ICU set-up: tens of ms in a browser tab) runs only when the check fails.
  .max(MAX_NOTES_LENGTH, {
    error: () => `the notes are at most ${MAX_NOTES_LENGTH.toLocaleString('en-US')} characters`,
  })
  .refine(isStorableText, { error: () => unstorableTextMessage('notes') });

export const scenarioInputSchema = z.strictObject({
  title: scenarioTitleSchema,
  notes: scenarioNotesSchema.default(''),
  position: scenarioPositionSchema,
  path: scenarioPathSchema,
});
/** What the client sends (defaults may be left out). */
export type ScenarioInputDraft = z.input<typeof scenarioInputSchema>;
/** A parsed scenario: every default filled in. */
export type ScenarioInput = z.output<typeof scenarioInputSchema>;

/** Re-throws an engine error with the field named as in the scenario input (`position.…`, `path.…`). */
function withFieldPrefix<T>(prefix: 'position' | 'path', run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isLiquidationError(error)) throw error;
    const field = error.field === 'quantity' ? 'size' : error.field;
    throw new LiquidationError(error.code, error.message, field ? `${prefix}.${field}` : prefix);
  }
}

/** The limits the engine enforces (tier caps, maximum leverage, rates, …): throws a LiquidationError. */
export function validatePositionWithEngine(position: ScenarioPosition): void {
  withFieldPrefix('position', () => {
    const spec = positionSpecOf(position);
    initialMargin(spec);
    // Without fees, no closing fee enters the formula either; with fees, each rule set's own default.
    liquidationPrice(spec, position.fees.enabled ? {} : { includeClosingFee: false });
  });
}

/** Generates the path once with core, so a parameter core refuses is refused at save time too. */
export function validatePathWithEngine(path: ScenarioPath): void {
  if (path.kind === 'ticks') return; // the schema already checked every tick
  withFieldPrefix('path', () => pricePathOf(path));
}

/** Runs the engine on a schema-valid scenario, so the API enforces exactly the limits core enforces. */
export function validateScenarioWithEngine(input: Pick<ScenarioInput, 'position' | 'path'>): void {
  validatePositionWithEngine(input.position);
  validatePathWithEngine(input.path);
}
