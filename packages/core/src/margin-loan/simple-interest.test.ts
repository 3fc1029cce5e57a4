import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import { simpleInterest } from './simple-interest';

const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => new Decimal(n).div(100));
const rate = fc.integer({ min: 0, max: 10_000 }).map((n) => new Decimal(n).div(1_000_000));
const periods = fc.integer({ min: 0, max: 5000 });

describe('simpleInterest', () => {
  it('reproduces Binance Margin’s examples', () => {
    // FAQ 360030157812: 1,000 USDT at 0.02 % a day, charged for 2 hours → 0.01666667 USDT.
    const daily = simpleInterest({
      principal: '1000',
      ratePerPeriod: new Decimal('0.0002').div(24),
      periods: 2,
    });
    expect(daily.toDecimalPlaces(8).toString()).toBe('0.01666667');
    // The dynamic-rate FAQ: 1,000 USDT at 0.001 % an hour for 2 hours → 0.02 USDT.
    expect(simpleInterest({ principal: '1000', ratePerPeriod: '0.00001', periods: 2 }).toString()).toBe(
      '0.02',
    );
  });

  it('law: interest over T₁ + T₂ periods is the sum of the two, one period at a time (no compounding)', () => {
    fc.assert(
      fc.property(amount, rate, periods, periods, (p, r, t1, t2) => {
        const whole = simpleInterest({ principal: p, ratePerPeriod: r, periods: t1 + t2 });
        const parts = simpleInterest({ principal: p, ratePerPeriod: r, periods: t1 }).plus(
          simpleInterest({ principal: p, ratePerPeriod: r, periods: t2 }),
        );
        expect(whole.eq(parts)).toBe(true);
      }),
    );
  });

  it('law: it is less than compound interest at the same rate once more than one period passes', () => {
    fc.assert(
      fc.property(amount, rate, fc.integer({ min: 2, max: 400 }), (p, r, t) => {
        fc.pre(p.gt(0) && r.gt(0));
        const compound = p.times(r.plus(1).pow(t)).minus(p);
        expect(simpleInterest({ principal: p, ratePerPeriod: r, periods: t }).lt(compound)).toBe(true);
      }),
    );
  });

  it('rejects negative input naming the field', () => {
    for (const field of ['principal', 'ratePerPeriod', 'periods'] as const) {
      const params = { principal: 1, ratePerPeriod: 1, periods: 1, [field]: -1 };
      try {
        simpleInterest(params);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(LiquidationError);
        expect((error as LiquidationError).field).toBe(field);
      }
    }
  });
});
