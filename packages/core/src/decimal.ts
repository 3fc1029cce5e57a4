import DecimalJs from 'decimal.js';
import { LiquidationError } from './errors';

/**
 * The engine's own Decimal constructor. 40 significant digits keeps every intermediate of the
 * exchange formulas exact far beyond any exchange's tick (18 decimals on an 18-digit notional),
 * and banker's rounding is the neutral default; every rounding that an exchange specifies is
 * applied explicitly with its own named mode (see rounding.ts).
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/** Every numeric input of the engine: a Decimal (from any decimal.js constructor), a decimal string or a finite number. */
export type Num = DecimalJs.Value | Decimal;

const DECIMAL_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses one numeric input, naming the field in the error so the UI can show it next to the input.
 * Numbers go through their shortest round-trip string (0.1 stays 0.1, not 0.1000000000000000055…).
 */
export function toDecimal(value: Num | null | undefined, field: string): Decimal {
  if (value === undefined || value === null || value === '') {
    throw new LiquidationError('MISSING_FIELD', `${field} is required.`, field);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new LiquidationError('INVALID_NUMBER', `${field} must be a finite number, got ${value}.`, field);
    }
    return new Decimal(String(value));
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!DECIMAL_STRING.test(trimmed)) {
      throw new LiquidationError(
        'INVALID_NUMBER',
        `${field} must be a decimal number, got "${truncate(value)}".`,
        field,
      );
    }
    return new Decimal(trimmed);
  }
  if (DecimalJs.isDecimal(value)) {
    const d = new Decimal(value as DecimalJs);
    if (!d.isFinite()) {
      throw new LiquidationError(
        'INVALID_NUMBER',
        `${field} must be a finite number, got ${d.toString()}.`,
        field,
      );
    }
    return d;
  }
  throw new LiquidationError('INVALID_NUMBER', `${field} must be a number or a decimal string.`, field);
}

export function toOptionalDecimal(value: Num | null | undefined, field: string): Decimal | undefined {
  return value === undefined || value === null || value === '' ? undefined : toDecimal(value, field);
}

export function toPositiveDecimal(value: Num | null | undefined, field: string): Decimal {
  const d = toDecimal(value, field);
  if (d.lte(0)) {
    throw new LiquidationError(
      'NOT_POSITIVE',
      `${field} must be greater than zero, got ${d.toString()}.`,
      field,
    );
  }
  return d;
}

export function toNonNegativeDecimal(value: Num | null | undefined, field: string): Decimal {
  const d = toDecimal(value, field);
  if (d.lt(0)) {
    throw new LiquidationError(
      'NEGATIVE_VALUE',
      `${field} must not be negative, got ${d.toString()}.`,
      field,
    );
  }
  return d;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
