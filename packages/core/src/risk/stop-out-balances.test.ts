import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import { balancesAfterStopOuts, MAX_STOP_OUTS } from './stop-out-balances';

const balance = fc.integer({ min: 100, max: 100_000_000 }).map((n) => new Decimal(n).div(100));
const riskPercent = fc.integer({ min: 1, max: 9900 }).map((n) => new Decimal(n).div(100));
const count = fc.integer({ min: 1, max: 40 });

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LiquidationError);
    return (error as LiquidationError).field;
  }
  return 'no error';
}

describe('balancesAfterStopOuts', () => {
  it('compounds eight 1 % stop-outs: 10,000 × 0.99⁸ = 9,227.446944279201', () => {
    const balances = balancesAfterStopOuts({ balance: '10000', riskPercent: '1', stopOuts: '8' });
    expect(balances).toHaveLength(9);
    expect(balances[0]!.toString()).toBe('10000');
    expect(balances[1]!.toString()).toBe('9900');
    expect(balances[8]!.toString()).toBe('9227.446944279201');
  });

  it('pays the fixed cost after each loss: 1,000 at 10 % with 5 a trade → 895 → 800.5', () => {
    const balances = balancesAfterStopOuts({
      balance: 1000,
      riskPercent: 10,
      stopOuts: 2,
      costPerStopOut: 5,
    });
    expect(balances.map(String)).toEqual(['1000', '895', '800.5']);
  });

  it('law: without costs, n stop-outs leave balance × (1 − r)ⁿ', () => {
    fc.assert(
      fc.property(balance, riskPercent, count, (b, r, n) => {
        const last = balancesAfterStopOuts({ balance: b, riskPercent: r, stopOuts: n }).at(-1)!;
        const closed = b.times(new Decimal(1).minus(r.div(100)).pow(n));
        expect(last.minus(closed).abs().lte(b.times('1e-36'))).toBe(true);
      }),
    );
  });

  it('law: m stop-outs and then n more are the same as m + n in a row', () => {
    fc.assert(
      fc.property(balance, riskPercent, count, count, fc.integer({ min: 0, max: 50 }), (b, r, m, n, c) => {
        const cost = new Decimal(c).div(100);
        const first = balancesAfterStopOuts({
          balance: b,
          riskPercent: r,
          stopOuts: m,
          costPerStopOut: cost,
        });
        const mid = first.at(-1)!;
        fc.pre(mid.gt(0));
        const then = balancesAfterStopOuts({
          balance: mid,
          riskPercent: r,
          stopOuts: n,
          costPerStopOut: cost,
        });
        const together = balancesAfterStopOuts({
          balance: b,
          riskPercent: r,
          stopOuts: m + n,
          costPerStopOut: cost,
        });
        expect(then.at(-1)!.toString()).toBe(together.at(-1)!.toString());
      }),
    );
  });

  it('law: every balance falls, and a cost only ever lowers it', () => {
    fc.assert(
      fc.property(balance, riskPercent, count, fc.integer({ min: 1, max: 1000 }), (b, r, n, c) => {
        const plain = balancesAfterStopOuts({ balance: b, riskPercent: r, stopOuts: n });
        const costly = balancesAfterStopOuts({ balance: b, riskPercent: r, stopOuts: n, costPerStopOut: c });
        for (let i = 1; i <= n; i++) {
          expect(plain[i]!.lt(plain[i - 1]!)).toBe(true);
          expect(costly[i]!.lt(plain[i]!)).toBe(true);
        }
      }),
    );
  });

  it('rejects bad input on the field that caused it', () => {
    const ok = { balance: 1000, riskPercent: 1, stopOuts: 3 };
    expect(fieldOf(() => balancesAfterStopOuts({ ...ok, balance: 0 }))).toBe('balance');
    expect(fieldOf(() => balancesAfterStopOuts({ ...ok, riskPercent: 100 }))).toBe('riskPercent');
    expect(fieldOf(() => balancesAfterStopOuts({ ...ok, riskPercent: 0 }))).toBe('riskPercent');
    expect(fieldOf(() => balancesAfterStopOuts({ ...ok, stopOuts: '2.5' }))).toBe('stopOuts');
    expect(fieldOf(() => balancesAfterStopOuts({ ...ok, stopOuts: 0 }))).toBe('stopOuts');
    expect(fieldOf(() => balancesAfterStopOuts({ ...ok, stopOuts: MAX_STOP_OUTS + 1 }))).toBe('stopOuts');
    expect(fieldOf(() => balancesAfterStopOuts({ ...ok, costPerStopOut: -1 }))).toBe('costPerStopOut');
  });
});
