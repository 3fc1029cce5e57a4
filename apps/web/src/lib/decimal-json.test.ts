import { Decimal } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { fromDecimalJson, toDecimalJson } from './decimal-json';

describe('toDecimalJson / fromDecimalJson', () => {
  it('carries every Decimal as its exact digits, at any depth, and leaves the rest alone', () => {
    const value = {
      price: new Decimal('54271.493212669683257918552036199095022624'),
      tiny: new Decimal('1e-30'),
      ratio: new Decimal(Infinity),
      text: 'liquidated',
      count: 3,
      nothing: null,
      events: [{ at: 1, amount: new Decimal('-0.125') }, { at: 2 }],
      nested: { cut: { fee: new Decimal('0.5') } },
    };
    const encoded = toDecimalJson(value);
    // What crosses the boundary is plain data: JSON carries it unchanged.
    const decoded = fromDecimalJson<typeof value>(JSON.parse(JSON.stringify(encoded)));
    expect(decoded.price).toBeInstanceOf(Decimal);
    expect(decoded.price.toFixed()).toBe('54271.493212669683257918552036199095022624');
    expect(decoded.tiny.eq('1e-30')).toBe(true);
    expect(decoded.ratio.isFinite()).toBe(false);
    expect(decoded.ratio.isPositive()).toBe(true);
    expect(decoded.events[0]?.amount?.toFixed()).toBe('-0.125');
    expect(decoded.events[1]).toEqual({ at: 2 });
    expect(decoded.nested.cut.fee.toFixed()).toBe('0.5');
    expect({ text: decoded.text, count: decoded.count, nothing: decoded.nothing }).toEqual({
      text: 'liquidated',
      count: 3,
      nothing: null,
    });
  });

  it('keeps the sign of a negative zero', () => {
    const decoded = fromDecimalJson<{ zero: Decimal }>(toDecimalJson({ zero: new Decimal('-0') }));
    expect(decoded.zero.isZero() && decoded.zero.isNegative()).toBe(true);
  });

  it('encodes a Decimal of any decimal.js constructor, and decodes it as the engine’s', () => {
    const Other = Decimal.clone({ precision: 5 });
    const decoded = fromDecimalJson<{ a: Decimal }>(toDecimalJson({ a: new Other('2.5') }));
    expect(decoded.a).toBeInstanceOf(Decimal);
    expect(decoded.a.toFixed()).toBe('2.5');
  });

  it('refuses objects it could not carry, instead of dropping their content', () => {
    expect(() => toDecimalJson({ path: new Float64Array([1, 2]) })).toThrow(/Float64Array/);
    expect(() => toDecimalJson({ at: new Date(0) })).toThrow(/Date/);
  });
});
