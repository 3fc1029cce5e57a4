import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { marginAccountValue } from './account-value';
import { marginLiquidationPrice } from './margin-liquidation-price';

describe('marginAccountValue', () => {
  it('values Binance’s published long: 1 BTC against 20,000 USDT of debt, at 30,000', () => {
    const v = marginAccountValue(
      { baseAsset: 1, quoteAsset: 0, baseLiability: 0, quoteLiability: 20000 },
      30000,
    );
    expect(v.assets.toString()).toBe('30000');
    expect(v.debt.toString()).toBe('20000');
  });

  it('values a short’s borrowed coins at the price and counts interest as debt', () => {
    const short = {
      baseAsset: 0,
      quoteAsset: 40000,
      baseLiability: '0.5',
      quoteLiability: 0,
      interest: '12.5',
    };
    const v = marginAccountValue(short, 30000);
    expect(v.assets.toString()).toBe('40000');
    expect(v.debt.toString()).toBe('15012.5');
  });

  it('law: at the solved liquidation price the assets are exactly L × the debt', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => new Decimal(n).div(1000));
    fc.assert(
      fc.property(amount, amount, amount, amount, fc.integer({ min: 101, max: 300 }), (bA, qA, bL, qL, l) => {
        const account = { baseAsset: bA, quoteAsset: qA, baseLiability: bL, quoteLiability: qL };
        const level = new Decimal(l).div(100);
        const price = marginLiquidationPrice(account, level);
        fc.pre(price !== null);
        const { assets, debt } = marginAccountValue(account, price!);
        expect(assets.minus(level.times(debt)).abs().lte(assets.times('1e-30'))).toBe(true);
      }),
    );
  });
});
