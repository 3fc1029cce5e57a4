/**
 * Stable codes for numeric-question failures that are the content's fault or the caller's, never the
 * learner's (an unreadable submitted answer is core's `INVALID_NUMBER`, raised by `toDecimal`).
 */
export type NumericQuestionErrorCode =
  /** The question handed in is not a numeric one. */
  | 'NOT_NUMERIC'
  /** A pinned or drawn parameter is missing, unknown or out of its range. */
  | 'INVALID_PARAMETER'
  /** The engine has no figure for the drawn parameters (e.g. no positive liquidation price). */
  | 'NO_ANSWER';

export class NumericQuestionError extends Error {
  override readonly name = 'NumericQuestionError';

  constructor(
    readonly code: NumericQuestionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isNumericQuestionError(error: unknown): error is NumericQuestionError {
  return error instanceof NumericQuestionError;
}

/** The engine returns null where no figure exists; a drawn exercise must always have one. */
export function required<T>(value: T | null, what: string): T {
  if (value === null)
    throw new NumericQuestionError('NO_ANSWER', `the engine has no ${what} for these parameters.`);
  return value;
}
