import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import type { MarginAccount } from '../types';
import { marginLevel } from './margin-level';
import { marginLiquidationPrice } from './margin-liquidation-price';

// Property runs are CPU-bound; leave room on a busy 2-core CI box (these are not timing assertions).
const PROPERTY_TIMEOUT = 60_000;

describe('marginLiquidationPrice (Binance Margin)', () => {
  // Binance's published example: 10,000 USDT collateral + 20,000 USDT borrowed buy 1 BTC at 30,000;
  // the account holds 1 BTC against 20,000 USDT of debt and liquidates at 1.1 × 20,000 = 22,000.
  const account: MarginAccount = {
    baseAsset: '1',
    quoteAsset: '0',
    baseLiability: '0',
    quoteLiability: '20000',
  };

  it('reproduces the published 22,000 USDT example', () => {
    expect(marginLiquidationPrice(account)?.toString()).toBe('22000');
    expect(marginLevel(account, '22000').toString()).toBe('1.1');
    expect(marginLevel(account, '30000').toString()).toBe('1.5');
  });

  it('counts interest as debt and takes a custom level', () => {
    const withInterest = { ...account, interest: '100' };
    expect(marginLiquidationPrice(withInterest)?.toString()).toBe('22110');
    expect(marginLiquidationPrice(account, '1.3')?.toString()).toBe('26000');
  });

  it('prices a short (borrowed base) liquidation above the entry', () => {
    // Sold 1 borrowed BTC at 30,000 with 10,000 USDT of collateral: 40,000 USDT against 1 BTC of debt.
    const short: MarginAccount = {
      baseAsset: '0',
      quoteAsset: '40000',
      baseLiability: '1',
      quoteLiability: '0',
    };
    const price = marginLiquidationPrice(short)!;
    expect(price.toString()).toBe(new Decimal(40000).div('1.1').toString());
    expect(marginLevel(short, price).toString()).toBe('1.1');
  });

  it('returns null when no price reaches the level, and Infinity level without debt', () => {
    expect(
      marginLiquidationPrice({ baseAsset: '1', quoteAsset: '0', baseLiability: '0', quoteLiability: '0' }),
    ).toBeNull();
    expect(
      marginLevel(
        { baseAsset: '1', quoteAsset: '5', baseLiability: '0', quoteLiability: '0' },
        10,
      ).isFinite(),
    ).toBe(false);
  });

  it('rejects bad input naming the field', () => {
    const bad = (fn: () => unknown, code: string, field: string) => {
      try {
        fn();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(LiquidationError);
        expect((error as LiquidationError).code).toBe(code);
        expect((error as LiquidationError).field).toBe(field);
      }
    };
    bad(() => marginLevel({ ...account, baseAsset: '-1' }, 1), 'NEGATIVE_VALUE', 'baseAsset');
    bad(() => marginLevel({ ...account, quoteLiability: 'abc' }, 1), 'INVALID_NUMBER', 'quoteLiability');
    bad(() => marginLevel(account, 0), 'NOT_POSITIVE', 'price');
    bad(() => marginLiquidationPrice(account, Number.NaN), 'INVALID_NUMBER', 'liquidationLevel');
  });

  it(
    'law: the margin level at the returned price equals the liquidation level',
    () => {
      const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => new Decimal(n).div(1000));
      fc.assert(
        fc.property(
          amount,
          amount,
          amount,
          amount,
          fc.integer({ min: 101, max: 300 }),
          (bA, qA, bL, qL, l) => {
            const acct = { baseAsset: bA, quoteAsset: qA, baseLiability: bL, quoteLiability: qL };
            const level = new Decimal(l).div(100);
            const price = marginLiquidationPrice(acct, level);
            if (price === null) return;
            expect(marginLevel(acct, price).minus(level).abs().lte(level.times('1e-30'))).toBe(true);
          },
        ),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
