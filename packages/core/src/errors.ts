/**
 * Stable codes: the API keeps them on the wire and the UI maps them to the field that caused them,
 * so a code is never renamed once shipped.
 */
export const LIQUIDATION_ERROR_CODES = [
  'MISSING_FIELD',
  'INVALID_NUMBER',
  'NOT_POSITIVE',
  'NEGATIVE_VALUE',
  'INVALID_LEVERAGE',
  'INVALID_RATE',
  'INVALID_TIERS',
  'POSITION_TOO_LARGE_FOR_TIER',
  'INSUFFICIENT_MARGIN',
  'INVALID_PRICE_PATH',
  'INVALID_ARGUMENT',
  'NOT_SUPPORTED',
] as const;
export type LiquidationErrorCode = (typeof LIQUIDATION_ERROR_CODES)[number];

/** The bounds an input broke, as decimal strings, so a message can state them without parsing text. */
export interface LiquidationErrorLimits {
  /** The lowest accepted value (exclusive when `exclusive`). */
  min?: string;
  /** The highest accepted value, e.g. a bracket's maximum leverage. */
  max?: string;
  exclusive?: boolean;
}

export class LiquidationError extends Error {
  override readonly name = 'LiquidationError';

  constructor(
    readonly code: LiquidationErrorCode,
    message: string,
    /** The input field the error is about (dotted path, e.g. `tiers[2].notionalCap`), when there is one. */
    readonly field?: string,
    readonly limits?: LiquidationErrorLimits,
  ) {
    super(message);
  }
}

export function isLiquidationError(error: unknown): error is LiquidationError {
  return error instanceof LiquidationError;
}
