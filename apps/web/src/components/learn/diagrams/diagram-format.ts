import type { Decimal } from '@liqlab/core';
import { formatDecimal } from '@liqlab/core';

/**
 * How the diagrams print figures: prices and amounts to the cent, as the lessons do; changes in %.
 * Exempt from the reader's decimal-places setting on purpose: a diagram is drawn at build time
 * beside a sentence of the lesson that states the same figure to the cent, and a diagram that
 * rounded it differently from the sentence next to it would read as a contradiction.
 */
export const money = (value: Decimal) => formatDecimal(value, { digits: 2 });
export const signedPercent = (ratio: Decimal) =>
  formatDecimal(ratio.times(100), { digits: 2, signed: true, unit: '%' });
export const percent = (ratio: Decimal, digits = 2) => formatDecimal(ratio.times(100), { digits, unit: '%' });
export const whole = (value: Decimal) => formatDecimal(value, { digits: 0 });
