import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import { typicalMove } from './typical-move';
import { volatilityBand } from './volatility-band';

const price = fc.integer({ min: 1, max: 200_000_000 }).map((n) => new Decimal(n).div(100));
const sigma = fc.integer({ min: 1, max: 500 }).map((n) => new Decimal(n).div(100));
const days = fc.integer({ min: 1, max: 3650 }).map((n) => new Decimal(n).div(24));

function relativeGap(a: Decimal, b: Decimal): Decimal {
  return a.minus(b).abs().div(Decimal.max(b.abs(), '1e-30'));
}

describe('typicalMove', () => {
  it('gives lesson 9’s one-day move at 60 % volatility: 60,000 × 0.6 ÷ √365 ≈ 1,884.33', () => {
    // 36,000 / √365 = 1,884.32612132476933273988… (computed separately at 50 digits)
    const move = typicalMove({ price: '60000', annualVolatility: '0.6', horizonDays: '1' });
    expect(move.toFixed(10)).toBe('1884.3261213248');
  });

  it('is zero without volatility or without time', () => {
    expect(typicalMove({ price: 100, annualVolatility: 0, horizonDays: 7 }).isZero()).toBe(true);
    expect(typicalMove({ price: 100, annualVolatility: '0.8', horizonDays: 0 }).isZero()).toBe(true);
  });

  it('law: a horizon k² times longer gives a move k times larger (square root of time)', () => {
    fc.assert(
      fc.property(price, sigma, days, fc.integer({ min: 2, max: 30 }), (p, s, t, k) => {
        const short = typicalMove({ price: p, annualVolatility: s, horizonDays: t });
        const long = typicalMove({ price: p, annualVolatility: s, horizonDays: t.times(k * k) });
        expect(relativeGap(long, short.times(k)).lte('1e-35')).toBe(true);
      }),
    );
  });

  it('law: it is the log half-width of the lognormal band per unit z, times the price', () => {
    // ln(upper / lower) = 2zσ√T whatever the drift, so both functions must agree on σ√T.
    fc.assert(
      fc.property(sigma, fc.integer({ min: 1, max: 720 }), (s, hours) => {
        const horizonDays = hours / 24;
        const band = volatilityBand({ price: 1000, annualVolatility: s.toNumber(), horizonDays });
        const fromBand = Math.log(band.upper.div(band.lower).toNumber()) / (2 * band.z);
        const move = typicalMove({
          price: 1000,
          annualVolatility: s,
          horizonDays: new Decimal(hours).div(24),
        });
        expect(Math.abs(move.div(1000).toNumber() - fromBand)).toBeLessThan(1e-8);
      }),
    );
  });

  it('rejects a price that is not positive and negative volatility or time, naming the field', () => {
    const field = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(LiquidationError);
        return (error as LiquidationError).field;
      }
      return 'no error';
    };
    expect(field(() => typicalMove({ price: 0, annualVolatility: 1, horizonDays: 1 }))).toBe('price');
    expect(field(() => typicalMove({ price: 1, annualVolatility: -1, horizonDays: 1 }))).toBe(
      'annualVolatility',
    );
    expect(field(() => typicalMove({ price: 1, annualVolatility: 1, horizonDays: 'x' }))).toBe('horizonDays');
  });
});
