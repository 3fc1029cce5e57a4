import { Decimal } from '@liqlab/core';

/**
 * The quiz package's one formatting module: how drawn parameters and worked-solution figures read in a
 * prompt. Parameters are shown exactly as drawn (only grouped); computed figures are rounded here, for
 * display only, with the rounding named — the graded answer stays the exact Decimal.
 */

const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;
const GROUP = /\B(?=(\d{3})+(?!\d))/g;

function group(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = `${int.replace(GROUP, ',')}${frac === undefined ? '' : `.${frac}`}`;
  return negative && !/^[0.,]+$/.test(grouped) ? `−${grouped}` : grouped;
}

/** A drawn parameter as the learner reads it: decimals grouped by thousands (58350.5 → 58,350.5), enums as they are. */
export function formatParameter(value: string): string {
  return DECIMAL_STRING.test(value) ? group(value) : value;
}

/** A computed figure rounded half-up to `digits` fraction digits, grouped: 52261.306… → 52,261.31. */
export function formatFigure(value: Decimal | string, digits = 2): string {
  return group(new Decimal(value).toFixed(digits, Decimal.ROUND_HALF_UP));
}

/** Like formatFigure, without trailing zeros: for rates and small quantities (0.094400 → 0.0944). */
export function formatTrimmed(value: Decimal | string, digits = 6): string {
  const fixed = new Decimal(value).toFixed(digits, Decimal.ROUND_HALF_UP);
  return group(fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed);
}
