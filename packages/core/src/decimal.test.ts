import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { toDecimal, toPositiveDecimal } from './decimal';
import { LiquidationError } from './errors';

describe('toDecimal', () => {
  it('accepts strings, numbers and Decimals from any decimal.js constructor', () => {
    expect(toDecimal('64000.5', 'entryPrice').toString()).toBe('64000.5');
    expect(toDecimal(0.1, 'rate').toString()).toBe('0.1');
    expect(toDecimal(new DecimalJs('1e-8'), 'qty').toString()).toBe('0.00000001');
  });

  it.each([
    ['abc', 'INVALID_NUMBER'],
    ['1,000', 'INVALID_NUMBER'],
    ['NaN', 'INVALID_NUMBER'],
    ['Infinity', 'INVALID_NUMBER'],
    [Number.NaN, 'INVALID_NUMBER'],
    [Number.POSITIVE_INFINITY, 'INVALID_NUMBER'],
    ['', 'MISSING_FIELD'],
    [undefined, 'MISSING_FIELD'],
  ])('rejects %s with %s and names the field', (input, code) => {
    try {
      toDecimal(input as string, 'entryPrice');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LiquidationError);
      expect((error as LiquidationError).code).toBe(code);
      expect((error as LiquidationError).field).toBe('entryPrice');
      expect((error as LiquidationError).message).toContain('entryPrice');
    }
  });

  it('rejects zero and negatives where a positive value is required', () => {
    expect(() => toPositiveDecimal('0', 'quantity')).toThrow(/quantity must be greater than zero/);
    expect(() => toPositiveDecimal(-1, 'quantity')).toThrow(LiquidationError);
  });
});
