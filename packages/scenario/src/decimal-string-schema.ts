import { Decimal } from '@liqlab/core';
import { z } from 'zod';

/**
 * Strict decimal strings: no exponent, no leading "+" or superfluous zeros, at most 13 integer digits
 * and 18 decimals (the database's Decimal(38, 18) holds every accepted value exactly). "NaN",
 * "Infinity", "1e3" and " 1" are all refused, so a value that passes is one the engine reads the same.
 */
const UNSIGNED = /^(0|[1-9]\d{0,12})(\.\d{1,18})?$/;
const SIGNED = /^-?(0|[1-9]\d{0,12})(\.\d{1,18})?$/;

/** The largest price, size or balance a scenario may hold (1e12 is far beyond any real market). */
export const MAX_AMOUNT = '1000000000000';

const DECIMAL_MESSAGE = 'must be a decimal number such as "60000" or "0.005" (no exponent)';

/** The `params` of a decimal string's bound issue: which bound it broke, and the bound. */
export interface DecimalBoundParams {
  bound: 'min' | 'max';
  limit: string;
  exclusive: boolean;
}

interface Bounds {
  /** Inclusive lower bound, or exclusive when `gtMin`. */
  min?: string;
  gtMin?: boolean;
  /** Inclusive upper bound, or exclusive when `ltMax`. */
  max?: string;
  ltMax?: boolean;
  signed?: boolean;
}

/** A decimal string within bounds; the comparison is exact (Decimal), never through a float. */
export function decimalString(bounds: Bounds = {}) {
  const { min, gtMin = false, max = MAX_AMOUNT, ltMax = false, signed = false } = bounds;
  const pattern = signed ? SIGNED : UNSIGNED;
  return z
    .string()
    .max(40, DECIMAL_MESSAGE)
    .regex(pattern, DECIMAL_MESSAGE)
    .superRefine((text, ctx) => {
      // zod runs every check even after one failed: only a well-formed string reaches Decimal.
      if (text.length > 40 || !pattern.test(text)) return;
      const value = new Decimal(text);
      // `params` carry the bound itself, so the UI states it in its own words (input-messages.ts).
      if (min !== undefined && (gtMin ? value.lte(min) : value.lt(min))) {
        ctx.addIssue({
          code: 'custom',
          message: `must be ${gtMin ? 'greater than' : 'at least'} ${min}`,
          params: { bound: 'min', limit: min, exclusive: gtMin } satisfies DecimalBoundParams,
        });
      }
      if (ltMax ? value.gte(max) : value.gt(max)) {
        ctx.addIssue({
          code: 'custom',
          message: `must be ${ltMax ? 'less than' : 'at most'} ${max}`,
          params: { bound: 'max', limit: max, exclusive: ltMax } satisfies DecimalBoundParams,
        });
      }
    });
}

/** > 0 and ≤ 1e12: prices, quantities, balances. */
export const positiveAmount = decimalString({ min: '0', gtMin: true });
/** ≥ 0 and ≤ 1e12: margins, maintenance amounts. */
export const nonNegativeAmount = decimalString({ min: '0' });
/** A rate in [0, 1): maintenance and fee rates (0.004 = 0.4%). */
export const rateBelowOne = decimalString({ min: '0', max: '1', ltMax: true });
