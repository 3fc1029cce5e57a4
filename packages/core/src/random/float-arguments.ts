import { LiquidationError } from '../errors';

/**
 * Argument checks for the statistical functions (paths, Monte Carlo, probabilities), whose inputs are
 * plain numbers by design. Money inputs go through `toDecimal` instead.
 */
export function finiteNumber(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new LiquidationError(
      'INVALID_NUMBER',
      `${field} must be a finite number, got ${String(value)}.`,
      field,
    );
  }
  return value;
}

export function positiveNumber(value: number, field: string): number {
  if (finiteNumber(value, field) <= 0) {
    throw new LiquidationError('NOT_POSITIVE', `${field} must be greater than zero, got ${value}.`, field);
  }
  return value;
}

export function nonNegativeNumber(value: number, field: string): number {
  if (finiteNumber(value, field) < 0) {
    throw new LiquidationError('NEGATIVE_VALUE', `${field} must not be negative, got ${value}.`, field);
  }
  return value;
}

export function positiveInteger(value: number, field: string, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `${field} must be a whole number from 1 to ${max}, got ${String(value)}.`,
      field,
      { min: '1', max: String(max) },
    );
  }
  return value;
}

export function fractionBetween(value: number, field: string, { min = 0, max = 1 } = {}): number {
  if (finiteNumber(value, field) <= min || value >= max) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `${field} must lie strictly between ${min} and ${max}, got ${value}.`,
      field,
      { min: String(min), max: String(max), exclusive: true },
    );
  }
  return value;
}
