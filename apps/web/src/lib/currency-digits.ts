/**
 * The reader's display precision and its default: no engine import here, so the root layout's
 * precision provider does not put decimal.js and @liqlab/core in every page's first load.
 */

/** How many fraction digits the reader wants for money amounts they have not been told otherwise. */
export interface DisplayPrecision {
  currencyDigits: number;
}

export const DEFAULT_CURRENCY_DIGITS = 2;
