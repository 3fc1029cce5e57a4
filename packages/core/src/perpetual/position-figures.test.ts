import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import type { PositionSpec } from '../types';
import { crossAccountTotals } from './cross-account';
import { maintenanceMargin } from './maintenance-margin';
import { marginRatio } from './margin-ratio';
import { unrealizedPnl } from './pnl';
import { positionMargin } from './position-margin';
import { binanceBtcusdtTiers } from './presets/binance-btcusdt-tiers';
import { isInverse } from './rules/rule-set-catalog';

describe('position figures', () => {
  it('crossAccountTotals reproduces TMM1 and UPNL1 of Binance’s FAQ example', () => {
    const totals = crossAccountTotals([
      {
        side: 'long',
        quantity: '109.488',
        entryPrice: '32481.98',
        markPrice: '31967.27',
        maintenanceMarginRate: '0.025',
        maintenanceAmount: '16300',
      },
    ]);
    // Published to 5 places (the FAQ rounds the notional to 3,500,032.458).
    expect(totals.maintenanceMargin.toDecimalPlaces(5).toString()).toBe('71200.81144');
    expect(totals.unrealizedPnl.toString()).toBe('-56354.56848');
  });

  it('unrealized PnL, linear and inverse', () => {
    const linear: PositionSpec = {
      rules: 'binance-usdm',
      side: 'short',
      marginMode: 'cross',
      entryPrice: '100',
      quantity: '2',
    };
    expect(unrealizedPnl(linear, '90').toString()).toBe('20');
    const inverse: PositionSpec = {
      ...linear,
      rules: 'binance-coinm',
      side: 'long',
      contractSize: '100',
      quantity: '10',
    };
    expect(unrealizedPnl(inverse, '125').toString()).toBe(
      new Decimal(1000).times(new Decimal('0.01').minus('0.008')).toString(),
    );
  });

  it('position margin: isolated margin, default initial margin, or the cross wallet', () => {
    const base: PositionSpec = {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '100',
      quantity: '2',
      leverage: '4',
    };
    expect(positionMargin(base).toString()).toBe('50');
    expect(positionMargin({ ...base, margin: '80' }).toString()).toBe('80');
    expect(positionMargin({ ...base, marginMode: 'cross', walletBalance: '1000' }).toString()).toBe('1000');
  });

  it('maintenance margin follows the bracket of the mark notional (Binance) and margin ratio grows toward liquidation', () => {
    const spec: PositionSpec = {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '60000',
      quantity: '10',
      leverage: '20',
      tiers: binanceBtcusdtTiers,
    };
    // 600,000 notional: 1% bracket, cum 1,300 → 4,700.
    expect(maintenanceMargin(spec, '60000').toString()).toBe('4700');
    // 1,200,000 notional at 120,000: 2.5% bracket, cum 16,300 → 13,700.
    expect(maintenanceMargin(spec, '120000').toString()).toBe('13700');
    expect(marginRatio(spec, '60000').toString()).toBe('0.1566666666666666666666666666666666666667');
    expect(marginRatio(spec, '58000').gt(marginRatio(spec, '60000'))).toBe(true);
    expect(marginRatio(spec, '50000').isFinite()).toBe(false); // margin balance ≤ 0
  });

  it('isInverse', () => {
    expect(isInverse('binance-coinm')).toBe(true);
    expect(isInverse('bybit-inverse')).toBe(true);
    expect(isInverse('binance-usdm')).toBe(false);
    expect(isInverse('hyperliquid')).toBe(false);
  });
});
