import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import { binanceBtcusdtTiers } from '../perpetual/presets/binance-btcusdt-tiers';
import type { PositionSpec } from '../types';
import { averageEntry } from './average-entry';
import { effectiveLeverage } from './effective-leverage';
import { initialMargin } from './initial-margin';
import { maxPosition } from './max-position';
import { pnlAndRoe } from './pnl-and-roe';
import { targetPrice } from './target-price';

// Property runs are CPU-bound; leave room on a busy 2-core CI box (these are not timing assertions).
const PROPERTY_TIMEOUT = 60_000;

const long: PositionSpec = {
  rules: 'bybit-linear',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '20000',
  quantity: '1',
  leverage: '50',
  maintenanceMarginRate: '0.005',
  takerFeeRate: '0.0006',
};

describe('position tools', () => {
  it('initial margin: 1 × 20,000 / 50 = 400 USDT (Bybit USDT liquidation-price article), with fees on top', () => {
    expect(initialMargin(long).toString()).toBe('400');
    expect(initialMargin(long, { includeOpeningFee: true }).toString()).toBe('412');
    expect(initialMargin(long, { includeOpeningFee: true, includeClosingFee: true }).toString()).toBe('424');
  });

  it('PnL and ROE on the initial margin, with and without fees', () => {
    expect(pnlAndRoe(long, '21000')).toEqual({ pnl: new Decimal(1000), roe: new Decimal('2.5') });
    const withFees = pnlAndRoe(long, '21000', { includeFees: true });
    expect(withFees.pnl.toString()).toBe('975.4'); // 1000 − 0.0006 × (20,000 + 21,000)
    expect(pnlAndRoe({ ...long, side: 'short' }, '21000').roe.toString()).toBe('-2.5');
  });

  it('inverse PnL is in the coin', () => {
    const inverse: PositionSpec = {
      ...long,
      rules: 'bybit-inverse',
      quantity: '10000',
      entryPrice: '8000',
      leverage: '10',
    };
    // 10,000 × (1/8,000 − 1/10,000) = 0.25 BTC on 0.125 BTC of margin.
    expect(pnlAndRoe(inverse, '10000')).toEqual({ pnl: new Decimal('0.25'), roe: new Decimal(2) });
  });

  it(
    'target price inverts pnlAndRoe for every rule set, with and without fees (property)',
    () => {
      const rulesArb = fc.constantFrom(
        'binance-usdm',
        'bybit-inverse',
        'binance-coinm',
        'okx-linear',
      ) as fc.Arbitrary<PositionSpec['rules']>;
      fc.assert(
        fc.property(
          rulesArb,
          fc.constantFrom<'long' | 'short'>('long', 'short'),
          fc.integer({ min: 100, max: 10_000_000 }),
          fc.integer({ min: 1, max: 100 }),
          fc.integer({ min: -90, max: 500 }),
          fc.boolean(),
          (rules, side, entryCents, leverage, roePercent, includeFees) => {
            const spec: PositionSpec = {
              rules,
              side,
              marginMode: 'isolated',
              entryPrice: new Decimal(entryCents).div(100),
              quantity: '3',
              leverage,
              contractSize: rules === 'binance-coinm' || rules === 'bybit-inverse' ? '100' : undefined,
              takerFeeRate: '0.0005',
            };
            if (spec.contractSize === undefined) delete spec.contractSize;
            const roe = new Decimal(roePercent).div(100);
            const price = targetPrice(spec, roe, { includeFees });
            if (price === null) return;
            const back = pnlAndRoe(spec, price, { includeFees }).roe;
            expect(back.minus(roe).abs().lte('1e-30')).toBe(true);
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('max position respects the balance and the brackets’ max leverage', () => {
    const base = { rules: 'binance-usdm', entryPrice: '50000', tiers: binanceBtcusdtTiers } as const;
    const capped = maxPosition({ ...base, balance: '1000', leverage: '125' });
    expect(capped).toMatchObject({ limitedBy: 'tier' });
    expect(capped.notional.toString()).toBe('50000');
    expect(capped.quantity.toString()).toBe('1');
    const byBalance = maxPosition({ ...base, balance: '100000', leverage: '20' });
    expect(byBalance.notional.toString()).toBe('2000000');
    expect(byBalance.limitedBy).toBe('balance');
    expect(() => maxPosition({ ...base, balance: '1000', leverage: '150' })).toThrow(LiquidationError);
  });

  it('average entry: arithmetic for linear, harmonic by contracts for inverse', () => {
    expect(
      averageEntry([
        { price: '100', quantity: '1' },
        { price: '200', quantity: '3' },
      ]).toString(),
    ).toBe('175');
    const inverse = averageEntry(
      [
        { price: '8000', quantity: '10000' },
        { price: '10000', quantity: '10000' },
      ],
      { inverse: true },
    );
    expect(inverse.toString()).toBe(new Decimal(20000).div('2.25').toString());
    expect(() => averageEntry([])).toThrow(/fills/);
    expect(() => averageEntry([{ price: '1', quantity: '0' }])).toThrow(/fills\[0\]\.quantity/);
  });

  it('effective leverage after a margin change: 14,000 at 2x plus 1,000 → 1.75x (Binance calculator guidance)', () => {
    const spec: PositionSpec = { ...long, rules: 'binance-usdm', entryPrice: '14000', leverage: '2' };
    expect(effectiveLeverage(spec, '1000').toString()).toBe('1.75');
    expect(effectiveLeverage(spec, '-2000').toString()).toBe('2.8');
    try {
      effectiveLeverage(spec, '-7000');
      expect.unreachable();
    } catch (error) {
      expect((error as LiquidationError).code).toBe('INSUFFICIENT_MARGIN');
      expect((error as LiquidationError).field).toBe('marginDelta');
    }
  });
});
