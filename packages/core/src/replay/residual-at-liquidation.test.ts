import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { liquidationPrice } from '../perpetual/liquidation-price';
import { maintenanceMargin } from '../perpetual/maintenance-margin';
import type { PositionSpec } from '../types';
import { marginLoanResidualAtLiquidation, residualAtLiquidation } from './residual-at-liquidation';

const long: PositionSpec = {
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '100',
  quantity: '1',
  leverage: '10',
  maintenanceMarginRate: '0.005',
};

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

describe('marginLoanResidualAtLiquidation', () => {
  it('keeps (L − 1) × debt at level L', () => {
    const account = { baseAsset: '1', quoteAsset: '0', baseLiability: '0', quoteLiability: '20000' };
    expect(marginLoanResidualAtLiquidation(account).residual.toString()).toBe('2000');
    expect(marginLoanResidualAtLiquidation(account, '1.05').residual.toString()).toBe('1000');
  });
});
