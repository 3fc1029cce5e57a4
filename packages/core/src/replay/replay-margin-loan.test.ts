import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { marginLevel } from '../margin-loan/margin-level';
import { MS_PER_HOUR } from '../paths/price-path';
import type { MarginAccount } from '../types';
import { replayMarginLoan } from './replay-margin-loan';
import { pathOf } from './test-paths';

// 1 BTC held against 20 000 USDT borrowed: level = P / 20 000. Margin call 1.3 at 26 000,
// liquidation 1.1 at 22 000, zero equity at 20 000.
const longBtc: MarginAccount = {
  baseAsset: '1',
  quoteAsset: '0',
  baseLiability: '0',
  quoteLiability: '20000',
};
const types = (r: ReturnType<typeof replayMarginLoan>) => r.events.map((e) => `${e.type}@${e.index}`);

describe('replayMarginLoan', () => {
  it('margin call, then liquidation at level 1.1; the trader keeps (1.1 − 1) × debt', () => {
    const r = replayMarginLoan(longBtc, pathOf([30000, 27000, 25900, 23000, 21900, 20000]));
    expect(types(r)).toEqual(['margin-call@2', 'liquidation@4']);
    expect(r.events[0]!.marginRatio.toString()).toBe('1.295');
    expect(r.events[1]!.price.toString()).toBe('22000');
    expect(r.residual.toString()).toBe('2000');
    expect(r.traderDebt.isZero()).toBe(true);
    expect(r.netPnl.toString()).toBe('-8000');
  });

  it('a gap past the zero-equity price leaves a debt the trader owes (no insurance fund)', () => {
    const r = replayMarginLoan(longBtc, pathOf([30000, 19000]));
    expect(types(r)).toEqual(['margin-call@1', 'liquidation@1', 'bankruptcy@1', 'negative-equity@1']);
    const neg = r.events[3]!;
    expect(neg.coveredBy).toBe('trader');
    expect(neg.deficit!.toString()).toBe('1000');
    expect(r.residual.toString()).toBe('-1000');
    expect(r.traderDebt.toString()).toBe('1000');
    expect(r.insuranceFundCover.isZero()).toBe(true);
  });

  it('a short account (borrowed base) is liquidated as the price rises', () => {
    // Borrowed 1 BTC, sold at 20 000, plus 10 000 own: level = 30 000 / P; 1.1 at 27 272.72…
    const short: MarginAccount = {
      baseAsset: '0',
      quoteAsset: '30000',
      baseLiability: '1',
      quoteLiability: '0',
    };
    const r = replayMarginLoan(short, pathOf([20000, 23000, 27000, 27300, 28000]), {
      marginCallLevels: ['1.2'],
    });
    expect(types(r)).toEqual(['margin-call@2', 'liquidation@3']);
    expect(r.events[1]!.price.eq(new Decimal(30000).div('1.1'))).toBe(true);
  });

  it('accrues hourly interest on the borrowed amounts, which lowers the level and equity', () => {
    const r = replayMarginLoan(longBtc, pathOf([30000, 30000, 30000, 30000], { stepMs: MS_PER_HOUR }), {
      interest: { rate: '0.001' },
      marginCallLevels: [],
    });
    expect(types(r)).toEqual(['interest@1', 'interest@2', 'interest@3', 'end@3']);
    expect(r.totalFunding.toString()).toBe('-60');
    expect(r.residual.toString()).toBe('9940');
  });

  it('charges a liquidation fee on the assets sold, capped at the equity', () => {
    const r = replayMarginLoan(longBtc, pathOf([30000, 21000]), {
      liquidationFeeRate: '0.02',
      marginCallLevels: [],
    });
    // Fill at 22 000: equity 2 000, fee 2 % of 22 000 = 440.
    expect(r.totalFees.toString()).toBe('440');
    expect(r.residual.toString()).toBe('1560');
  });

  it('validates its levels', () => {
    expect(() => replayMarginLoan(longBtc, pathOf([1, 2]), { liquidationLevel: 1 })).toThrow(
      /liquidationLevel/,
    );
    expect(() => replayMarginLoan(longBtc, pathOf([1, 2]), { marginCallLevels: ['1.05'] })).toThrow(
      /marginCallLevels/,
    );
  });
});

describe('replayMarginLoan — property', () => {
  it('margin calls and liquidation land on the first ticks where the exact margin level reaches them', () => {
    fc.assert(
      fc.property(
        fc.record({
          baseAsset: fc.integer({ min: 0, max: 5 }),
          quoteAsset: fc.integer({ min: 0, max: 50_000 }),
          baseLiability: fc.integer({ min: 0, max: 5 }),
          quoteLiability: fc.integer({ min: 1, max: 50_000 }),
        }),
        fc.array(fc.double({ min: -0.05, max: 0.05, noNaN: true }), { minLength: 1, maxLength: 80 }),
        (raw, steps) => {
          const account: MarginAccount = {
            baseAsset: String(raw.baseAsset),
            quoteAsset: String(raw.quoteAsset),
            baseLiability: String(raw.baseLiability),
            quoteLiability: String(raw.quoteLiability),
          };
          const marks = [20_000];
          for (const s of steps) marks.push(marks[marks.length - 1]! * (1 + s));
          const r = replayMarginLoan(account, pathOf(marks));
          const liq = marks.findIndex((m) => marginLevel(account, m).lte('1.1'));
          const call = marks
            .slice(0, liq === -1 ? undefined : liq + 1)
            .findIndex((m) => marginLevel(account, m).lte('1.3'));
          expect(r.closedAt).toBe(liq === -1 ? null : liq);
          expect(r.events.find((e) => e.type === 'margin-call')?.index ?? -1).toBe(call);
        },
      ),
      { numRuns: 300 },
    );
  });
});
