import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import { recoveryGain } from './recovery-gain';
import { balancesAfterStopOuts } from './stop-out-balances';

/** A loss from 0 to 0.9999 in steps of 0.0001. */
const loss = fc.integer({ min: 0, max: 9999 }).map((n) => new Decimal(n).div(10_000));

describe('recoveryGain', () => {
  it('needs 100 % after halving, 25 % after a 20 % loss, nothing after no loss', () => {
    expect(recoveryGain('0.5').toString()).toBe('1');
    expect(recoveryGain('0.2').toString()).toBe('0.25');
    expect(recoveryGain(0).isZero()).toBe(true);
  });

  it('law: what is left, grown by the gain, is the starting balance: (1 − l)(1 + g) = 1', () => {
    fc.assert(
      fc.property(loss, (l) => {
        const back = new Decimal(1).minus(l).times(recoveryGain(l).plus(1));
        expect(back.minus(1).abs().lte('1e-36')).toBe(true);
      }),
    );
  });

  it('law: the gain needed is never smaller than the loss, and grows with it', () => {
    fc.assert(
      fc.property(loss, loss, (a, b) => {
        expect(recoveryGain(a).gte(a)).toBe(true);
        if (a.lt(b)) expect(recoveryGain(a).lt(recoveryGain(b))).toBe(true);
      }),
    );
  });

  it('law: after n stop-outs at r, the gain needed is (1 − r)⁻ⁿ − 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 30 }), (r, n) => {
        const balances = balancesAfterStopOuts({ balance: 1000, riskPercent: r, stopOuts: n });
        const left = balances.at(-1)!;
        const lost = new Decimal(1000).minus(left).div(1000);
        const expected = new Decimal(1).minus(new Decimal(r).div(100)).pow(-n).minus(1);
        expect(recoveryGain(lost).minus(expected).abs().lte(expected.times('1e-30'))).toBe(true);
      }),
    );
  });

  it('refuses a total loss or a negative one, on the field "loss"', () => {
    for (const bad of ['1', '1.5', '-0.1']) {
      expect(() => recoveryGain(bad)).toThrow(LiquidationError);
      try {
        recoveryGain(bad);
      } catch (error) {
        expect((error as LiquidationError).field).toBe('loss');
      }
    }
  });
});
