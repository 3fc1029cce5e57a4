import { isLiquidationError, type PricePath, parsePriceCsv } from '@liqlab/core';
import { pricePathOf } from '@liqlab/scenario/price-path-from-scenario';
import { type DraftValidator, isParsed } from './draft-validator';
import { engineFieldErrors, type FieldErrors } from './field-errors';
import type { PathDraft } from './sandbox-state';

export type PathResult = { ok: true; path: PricePath } | { ok: false; errors: FieldErrors };

// Paths are regenerated only when the path settings change (the draft object is replaced then), so a
// 100,000-tick upload is converted once however often the position is edited.
const cache = new WeakMap<PathDraft, PathResult>();

/** The draft's price path, or `undefined` while the validator cannot check the draft yet. */
export function pathOfDraft<Pending>(
  draft: PathDraft,
  validator: DraftValidator<Pending>,
): PathResult | Pending {
  const cached = cache.get(draft);
  if (cached) return cached;
  let result: PathResult;
  // Uploaded ticks were validated tick by tick by core's CSV reader (or by the API when saved).
  const parsed = draft.kind === 'ticks' ? { ok: true as const, value: draft } : validator.path(draft);
  if (!isParsed(parsed)) return parsed;
  if (!parsed.ok) {
    result = {
      ok: false,
      errors: Object.fromEntries(Object.entries(parsed.errors).map(([k, v]) => [`path.${k}`, v])),
    };
  } else {
    try {
      result = { ok: true, path: pricePathOf(parsed.value as Parameters<typeof pricePathOf>[0]) };
    } catch (error) {
      const errors = engineFieldErrors(error);
      result = {
        ok: false,
        errors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [`path.${k}`, v])),
      };
    }
  }
  cache.set(draft, result);
  return result;
}

/** Maximum ticks an upload may hold (as the API accepts). */
export const MAX_UPLOAD_TICKS = 100_000;

/**
 * An uploaded CSV as a scenario path: core's parser validates it (errors name the line), then each
 * price becomes the shortest decimal string that reads back as the same float.
 */
export function ticksPathOfCsv(text: string): { ok: true; path: PathDraft } | { ok: false; message: string } {
  try {
    const parsed = parsePriceCsv(text, { maxTicks: MAX_UPLOAD_TICKS });
    const ticks: [number, string, string?][] = [];
    for (let i = 0; i < parsed.t.length; i++) {
      const mark = decimalText(parsed.mark[i]!);
      ticks.push(parsed.last ? [parsed.t[i]!, mark, decimalText(parsed.last[i]!)] : [parsed.t[i]!, mark]);
    }
    return { ok: true, path: { kind: 'ticks', ticks } };
  } catch (error) {
    if (isLiquidationError(error)) return { ok: false, message: error.message };
    throw error;
  }
}

/** A float as a plain decimal string (no exponent, at most 18 decimals), as the scenario schema wants. */
function decimalText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(18).replace(/\.?0+$/, '');
}
