/**
 * The reader's display precision and its default: no import at all here (a subpath export of its
 * own), so the web app's root-layout precision provider does not put decimal.js and the engine in
 * every page's first load.
 */

/** How many fraction digits the reader wants for money amounts they have not been told otherwise. */
export interface DisplayPrecision {
  currencyDigits: number;
}

export const DEFAULT_CURRENCY_DIGITS = 2;

/** The decimal places a reader may choose on the settings page (the default among them). */
export const CURRENCY_DIGIT_CHOICES = [0, 2, 4, 6] as const;
