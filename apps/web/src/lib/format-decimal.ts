import { Decimal, type Num } from '@liqlab/core';
import { DEFAULT_CURRENCY_DIGITS, type DisplayPrecision } from './currency-digits';

/**
 * The one place where exact decimals become text for people. Rounding happens here, explicitly,
 * and only for display: the figures themselves stay exact Decimals everywhere else.
 */
export interface FormatOptions {
  /** Fraction digits to show (default 2). */
  digits?: number;
  /** Trim trailing zeros after rounding (default false). */
  trim?: boolean;
  /** Prefix a + on positive values (PnL). */
  signed?: boolean;
  /** Unit appended after a thin space (e.g. USDT, BTC, %). */
  unit?: string;
  /**
   * The reader's preference (settings page), used when `digits` is not given. Pass it from
   * `useDisplayPrecision()` in ~/lib/display-precision; explicit `digits` always win.
   */
  precision?: DisplayPrecision;
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
  return `${sign}${grouped}${unit ? `\u2009${unit}` : ''}`;
}

/** A ratio (0.8 → "80.00 %"). */
export function formatPercent(ratio: Num | null | undefined, digits = 2): string {
  if (ratio === null || ratio === undefined) return '—';
  return formatDecimal(new Decimal(ratio as Decimal).times(100), { digits, unit: '%' });
}

/** Price digits that suit the magnitude: 64,000.5 → 1 dp is too few for 0.00001234. */
export function priceDigits(price: Num): number {
  const d = new Decimal(price as Decimal).abs();
  if (d.gte(1000)) return 2;
  if (d.gte(1)) return 4;
  if (d.isZero()) return 2;
  return Math.min(12, -Math.floor(Math.log10(d.toNumber())) + 4);
}
