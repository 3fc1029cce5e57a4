import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import { expectancyInR } from './expectancy';

const percent = fc.integer({ min: 0, max: 100 });
const r = fc.integer({ min: 1, max: 200 }).map((n) => new Decimal(n).div(10));

describe('expectancyInR', () => {
  it('loses with a 70 % win rate at 0.3R a win, earns with 30 % at 3R', () => {
    // 0.7 × 0.3 − 0.3 × 1 = −0.09; 0.3 × 3 − 0.7 × 1 = 0.2
    expect(expectancyInR({ winRate: '0.7', averageWinR: '0.3' }).toString()).toBe('-0.09');
    expect(expectancyInR({ winRate: '0.3', averageWinR: 3 }).toString()).toBe('0.2');
    expect(expectancyInR({ winRate: '0.5', averageWinR: 2, averageLossR: '1.5' }).toString()).toBe('0.25');
  });

  it('law: it is the average R of a hundred trades won at exactly the win rate', () => {
    fc.assert(
      fc.property(percent, r, r, (wins, w, l) => {
        let total = new Decimal(0);
        for (let i = 0; i < 100; i++) total = i < wins ? total.plus(w) : total.minus(l);
        const e = expectancyInR({ winRate: new Decimal(wins).div(100), averageWinR: w, averageLossR: l });
        expect(e.times(100).eq(total)).toBe(true);
      }),
    );
  });

  it('law: it grows with the win rate and with the size of the wins', () => {
    fc.assert(
      fc.property(percent, percent, r, r, (a, b, w1, w2) => {
        fc.pre(a < b && w1.lt(w2));
        const at = (p: number, w: Decimal) =>
          expectancyInR({ winRate: new Decimal(p).div(100), averageWinR: w });
        expect(at(a, w1).lt(at(b, w1))).toBe(true);
        if (b > 0) expect(at(b, w1).lt(at(b, w2))).toBe(true);
      }),
    );
  });

  it('refuses a win rate outside 0…1 and a win that is not positive', () => {
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(LiquidationError);
        return (error as LiquidationError).field;
      }
      return 'no error';
    };
    expect(fieldOf(() => expectancyInR({ winRate: '1.2', averageWinR: 1 }))).toBe('winRate');
    expect(fieldOf(() => expectancyInR({ winRate: '0.5', averageWinR: 0 }))).toBe('averageWinR');
    expect(fieldOf(() => expectancyInR({ winRate: '0.5', averageWinR: 1, averageLossR: -1 }))).toBe(
      'averageLossR',
    );
  });
});
