import { expect } from 'vitest';
import { LiquidationError, type LiquidationErrorCode } from '../../errors';

/** Runs `fn`, expecting a LiquidationError with this code and field whose message contains every part. */
export function expectLiquidationError(
  fn: () => unknown,
  code: LiquidationErrorCode,
  field: string,
  ...messageParts: string[]
): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a LiquidationError').toBeInstanceOf(LiquidationError);
  const error = thrown as LiquidationError;
  expect({ code: error.code, field: error.field }).toEqual({ code, field });
  for (const part of messageParts) expect(error.message).toContain(part);
}
