import { Decimal, type Num } from '../decimal';
import { DEFAULT_CURRENCY_DIGITS, type DisplayPrecision } from './display-precision';
import { markFigure } from './figure-marks';

/**
 * The one place where exact decimals become text for people — the sandbox, the lessons, the quizzes'
 * prompts, answers and worked solutions, the shared pages and every chart axis. Rounding happens here,
 * explicitly (half-up, away from zero), and only for display: the figures stay exact Decimals
 * everywhere else. It lives in core, not in the web app, so the quiz content formats with it too.
 */
export interface FormatOptions {
  /** Fraction digits to show (default 2). */
  digits?: number;
  /** Trim trailing zeros after rounding (default false). */
  trim?: boolean;
  /** Prefix a + on positive values (PnL). */
  signed?: boolean;
  /** Unit appended after a thin space (USDT, BTC); a percent sign goes against the number (12%). */
  unit?: string;
  /**
   * The reader's preference (settings page), used when `digits` is not given. The web app passes it
   * from `useNumberFormat()`; explicit `digits` always win.
   */
  precision?: DisplayPrecision;
}

/** The course writes one number format throughout (issue 16): "1,000 USDT" but "12%". */
function unitSuffix(unit: string | undefined): string {
  if (!unit) return '';
  return unit === '%' ? '%' : `\u2009${unit}`;
}

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

export function formatDecimal(value: Num | null | undefined, options: FormatOptions = {}): string {
  if (value === null || value === undefined) return '—';
  const { trim = false, signed = false, unit } = options;
  const digits = options.digits ?? options.precision?.currencyDigits ?? DEFAULT_CURRENCY_DIGITS;
  const d = new Decimal(value as Decimal);
  let fixed = d.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).toFixed(digits);
  if (trim && fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = `${int.replace(GROUP, ',')}${frac ? `.${frac}` : ''}`;
  const isZero = /^[0.,]+$/.test(grouped);
  const sign = negative && !isZero ? '−' : signed && d.gt(0) && !isZero ? '+' : '';
  return `${sign}${grouped}${unitSuffix(unit)}`;
}

/**
 * A money amount or price for text built where the reader's decimal places are unknown (on the
 * server): marked with its text at every choice, for the reader's screen to pick (figure-marks.ts).
 */
export function markedMoney(value: Num): string {
  return markFigure((digits) => formatDecimal(value, { digits }));
}

/**
 * A money amount a learner is given to compute with (a quiz's drawn price, a check's balance), marked
 * like markedMoney but never shown with fewer places than it is written with: at 0 places 58,350.5
 * stays 58,350.5, since rounding a given figure would change the question the reader answers.
 */
export function markedGiven(value: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(value))
    throw new RangeError(`a given amount is a plain decimal, not "${value}"`);
  const written = value.split('.')[1]?.length ?? 0;
  return markFigure((digits) => formatDecimal(value, { digits: Math.max(digits, written) }));
}

/** A ratio (0.8 → "80.00%"). */
export function formatPercent(ratio: Num | null | undefined, digits = 2): string {
  if (ratio === null || ratio === undefined) return '—';
  return formatDecimal(new Decimal(ratio as Decimal).times(100), { digits, unit: '%' });
}

/**
 * Fraction digits of a price. Prices from 1,000 up (BTC, ETH) take the reader's setting like any
 * amount; smaller prices keep at least the places their magnitude needs (a 1.2345 or a 0.00001234
 * coin shown with 0 places would read as 1 and 0), and more when the reader asks for more.
 */
export function priceDigits(price: Num, precision?: DisplayPrecision): number {
  const d = new Decimal(price as Decimal).abs();
  const chosen = precision?.currencyDigits ?? DEFAULT_CURRENCY_DIGITS;
  if (d.gte(1000) || d.isZero()) return chosen;
  const needed = d.gte(1) ? 4 : Math.min(12, -Math.floor(Math.log10(d.toNumber())) + 4);
  return Math.max(chosen, needed);
}

/**
 * Fraction digits of an amount in `unit`, the contract's settlement asset: the reader's setting for
 * USDT, eight (one satoshi) for BTC, whose 0.00012 of a coin would round to nothing at two places.
 */
export function amountDigits(unit: string | undefined, precision?: DisplayPrecision): number {
  return unit === 'BTC' ? 8 : (precision?.currencyDigits ?? DEFAULT_CURRENCY_DIGITS);
}

/**
 * A decimal exactly as given, only grouped (58350.5 → 58,350.5): a drawn quiz parameter that is not
 * money (a quantity, a rate, a leverage) reads as it was drawn; a money one is markedGiven. Anything
 * that is not a plain decimal (an enum such as "long") comes back unchanged.
 */
export function formatAsGiven(value: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  return formatDecimal(value, { digits: value.split('.')[1]?.length ?? 0 });
}
