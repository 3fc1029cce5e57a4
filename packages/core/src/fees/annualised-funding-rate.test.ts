import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import type { PositionSpec } from '../types';
import { annualisedFundingRate } from './annualised-funding-rate';
import { fundingPayment } from './funding-payment';

describe('annualisedFundingRate', () => {
  it('turns 0.01 % every 8 hours into 10.95 % of the notional a year', () => {
    expect(annualisedFundingRate({ fundingRate: '0.0001', intervalsPerDay: 3 }).toString()).toBe('0.1095');
    expect(annualisedFundingRate({ fundingRate: '-0.0000125', intervalsPerDay: 24 }).toString()).toBe(
      '-0.1095',
    );
  });

  it('law: a year of fundingPayment at the same mark adds up to notional × the annualised rate', () => {
    const rate = fc.integer({ min: -10_000, max: 10_000 }).map((n) => new Decimal(n).div(1_000_000));
    fc.assert(
      fc.property(rate, fc.constantFrom(1, 2, 3, 6, 24), fc.integer({ min: 1, max: 10_000 }), (r, k, q) => {
        const spec: PositionSpec = {
          rules: 'binance-usdm',
          side: 'long',
          marginMode: 'isolated',
          entryPrice: 60000,
          quantity: new Decimal(q).div(1000),
          leverage: 10,
        };
        let paid = new Decimal(0);
        for (let day = 0; day < 365; day++) paid = paid.plus(fundingPayment(spec, 60000, r).times(k));
        const notional = new Decimal(60000).times(spec.quantity as Decimal);
        expect(paid.eq(notional.times(annualisedFundingRate({ fundingRate: r, intervalsPerDay: k })))).toBe(
          true,
        );
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a fractional or missing interval count', () => {
    for (const intervalsPerDay of ['2.5', 0]) {
      try {
        annualisedFundingRate({ fundingRate: '0.0001', intervalsPerDay });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(LiquidationError);
        expect((error as LiquidationError).field).toBe('intervalsPerDay');
      }
    }
  });
});
