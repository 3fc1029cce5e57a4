import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { liquidationPrice } from '../perpetual/liquidation-price';
import { maintenanceMargin } from '../perpetual/maintenance-margin';
import { parseVenueTiers } from '../perpetual/venue-tiers/parse-venue-tiers';
import { bybitResponse } from '../perpetual/venue-tiers/venue-table-fixtures';
import type { PositionSpec } from '../types';
import { replayPosition } from './replay-position';
import { marginLoanResidualAtLiquidation, residualAtLiquidation } from './residual-at-liquidation';
import { pathOf } from './test-paths';
import { binanceLong10x as long } from './test-positions';

// Hyperliquid leaves the remainder with the trader when its book absorbs the liquidation (its docs,
// "Liquidations"): the venue where the residual is the remainder.
const hyperliquidLong: PositionSpec = { ...long, rules: 'hyperliquid' };

describe('residualAtLiquidation', () => {
  it('at ratio 1 (the published liquidation price) the maintenance margin is left', () => {
    const r = residualAtLiquidation(hyperliquidLong);
    const lp = liquidationPrice(hyperliquidLong)!;
    expect(r.price!.eq(lp)).toBe(true);
    expect(r.remainder.minus(maintenanceMargin(hyperliquidLong, lp)).abs().lt('1e-30')).toBe(true);
    expect(r.remainderTo).toBe('trader');
    expect(r.residual.eq(r.remainder)).toBe(true);
  });

  it('Binance: the remainder goes to the insurance fund (Liquidation and Insurance Fund FAQs), the trader gets nothing', () => {
    const r = residualAtLiquidation(long);
    expect(r.remainder.gt(0)).toBe(true);
    expect(r.remainderTo).toBe('insurance-fund');
    expect(r.residual.isZero()).toBe(true);
  });

  it('stepping in earlier (ratio < 1) leaves more: balance = maintenance / ratio', () => {
    const r = residualAtLiquidation(hyperliquidLong, '0.5');
    expect(r.equity.minus(maintenanceMargin(hyperliquidLong, r.price!).div('0.5')).abs().lt('1e-30')).toBe(
      true,
    );
    expect(r.residual.gt(residualAtLiquidation(hyperliquidLong).residual)).toBe(true);
  });

  it('property: the residual falls as the exchange waits longer, and never exceeds the margin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 2, max: 100 }),
        (a, b, lev) => {
          const spec = { ...hyperliquidLong, leverage: String(lev) };
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const early = residualAtLiquidation(spec, new Decimal(lo).div(1000), {
            liquidationFeeRate: '0.001',
          });
          const late = residualAtLiquidation(spec, new Decimal(hi).div(1000), {
            liquidationFeeRate: '0.001',
          });
          expect(early.residual.gte(late.residual.minus('1e-30'))).toBe(true);
          expect(early.residual.lte(new Decimal(100).div(lev))).toBe(true);
          expect(late.residual.gte(0)).toBe(true);
        },
      ),
    );
  });

  it('rejects a ratio outside (0, 1]', () => {
    expect(() => residualAtLiquidation(long, 1.5)).toThrow(/liquidationRatio/);
  });
});

describe('residualAtLiquidation through the venue’s partial cuts', () => {
  // 100 BTC long at 50,000 = 5,000,000 (tier 3 of the shared Bybit test table), margin 200,000;
  // classic Bybit values the requirement at entry. Hand-worked in replay-partial-liquidation.test.ts:
  // cut 20 BTC at 48,450 (−31,000), cut 40 at 48,262.5 (−69,500), then 40 BTC on margin 99,500 are
  // liquidated in full at 50,000 − 89,500 / 40 = 47,762.5.
  const bybit: PositionSpec = {
    rules: 'bybit-linear',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '50000',
    quantity: '100',
    margin: '200000',
    tiers: parseVenueTiers(bybitResponse(), { venue: 'bybit' }),
  };

  it('follows the cuts to the full liquidation of what is left: the remainder is its maintenance margin', () => {
    const r = residualAtLiquidation(bybit);
    expect(
      r.partialCuts.map((c) => [c.price.toString(), c.closed.toString(), c.realizedPnl.toString()]),
    ).toEqual([
      ['48450', '20', '-31000'],
      ['48262.5', '40', '-69500'],
    ]);
    expect(r.price?.toString()).toBe('47762.5');
    // 99,500 + 40 × (47,762.5 − 50,000) = 10,000 = tier 1's 40 × 50,000 × 0.5 %.
    expect(r.equity.toString()).toBe('10000');
    expect(r.remainderTo).toBe('insurance-fund');
    expect(r.residual.isZero()).toBe(true);
  });

  it('without the cuts the single liquidation leaves tier 3’s requirement (the old answer)', () => {
    const r = residualAtLiquidation(bybit, 1, { partialLiquidation: { enabled: false } });
    expect(r.partialCuts).toEqual([]);
    expect(r.price?.toString()).toBe('48450');
    // 5,000,000 × 1.5 % − 30,000 = 45,000.
    expect(r.equity.toString()).toBe('45000');
  });

  it('each cut pays the fee on what it closes; the total adds the final one', () => {
    const r = residualAtLiquidation(bybit, 1, { liquidationFeeRate: '0.0006' });
    expect(r.partialCuts.length).toBeGreaterThan(0);
    for (const cut of r.partialCuts) {
      expect(cut.fee.toString()).toBe(cut.closed.times(cut.price).times('0.0006').toString());
    }
    const cutFees = r.partialCuts.reduce((sum, c) => sum.plus(c.fee), new Decimal(0));
    expect(r.totalLiquidationFees.toString()).toBe(cutFees.plus(r.liquidationFee).toString());
  });

  it('agrees with a replay whose marks pass through the same triggers', () => {
    const fees = { liquidationFeeRate: '0.0006', takerFeeRate: '0', openFee: false };
    const r = residualAtLiquidation(bybit, 1, { liquidationFeeRate: fees.liquidationFeeRate });
    const marks = [50000, ...r.partialCuts.map((c) => c.price.toNumber()), r.price!.toNumber()];
    const replay = replayPosition(bybit, pathOf(marks), { warningRatios: [], fees });
    expect(
      replay.partialCuts.map((c) => [c.price.toString(), c.closed.toString(), c.fee.toString()]),
    ).toEqual(r.partialCuts.map((c) => [c.price.toString(), c.closed.toString(), c.fee.toString()]));
    expect(replay.liquidationRemainder?.amount.toString()).toBe(r.remainder.toString());
    expect(replay.liquidationRemainder?.recipient).toBe(r.remainderTo);
  });
});

describe('marginLoanResidualAtLiquidation', () => {
  it('keeps (L − 1) × debt at level L', () => {
    const account = { baseAsset: '1', quoteAsset: '0', baseLiability: '0', quoteLiability: '20000' };
    expect(marginLoanResidualAtLiquidation(account).residual.toString()).toBe('2000');
    expect(marginLoanResidualAtLiquidation(account, '1.05').residual.toString()).toBe('1000');
  });
});
