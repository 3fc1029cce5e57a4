import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import type { OtherPosition, PositionSpec } from '../types';
import { liquidationPrice } from './liquidation-price';
import { marginRatio } from './margin-ratio';
import { binanceBtcusdtTiers } from './presets/binance-btcusdt-tiers';

const round2 = (d: Decimal | null) => d?.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

// Binance FAQ "How to Calculate Liquidation Price of USDS-M Futures Contracts" worked example:
// one cross account, WB 1,535,443.01, holding BTCUSDT and ETHUSDT longs (figures as published there;
// TMM1 of BTCUSDT = 3,500,032.458 × 2.5% − 16,300 = 71,200.81144, UPNL1 = −56,354.57).
const btc: OtherPosition = {
  side: 'long',
  quantity: '109.488',
  entryPrice: '32481.98',
  markPrice: '31967.27',
  maintenanceMarginRate: '0.025',
  maintenanceAmount: '16300',
};
const eth: OtherPosition = {
  side: 'long',
  quantity: '3683.979',
  entryPrice: '1456.84',
  markPrice: '1335.18',
  maintenanceMarginRate: '0.1',
  maintenanceAmount: '135365',
};

describe('liquidationPrice — Binance USDS-M (published FAQ example)', () => {
  it('ETHUSDT cross: 1,153.26', () => {
    const spec: PositionSpec = {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'cross',
      entryPrice: eth.entryPrice,
      quantity: eth.quantity,
      walletBalance: '1535443.01',
      maintenanceMarginRate: '0.1',
      maintenanceAmount: '135365',
      otherPositions: [btc],
    };
    expect(round2(liquidationPrice(spec))).toBe('1153.26');
  });

  it('BTCUSDT cross with the bracket table: 26,316.89, priced in the 2.5% / 16,300 bracket', () => {
    const spec: PositionSpec = {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'cross',
      entryPrice: btc.entryPrice,
      quantity: btc.quantity,
      walletBalance: '1535443.01',
      tiers: binanceBtcusdtTiers,
      otherPositions: [eth],
    };
    const lp = liquidationPrice(spec);
    expect(round2(lp)).toBe('26316.89');
    const notional = lp!.times('109.488');
    expect(notional.gte(1_000_000) && notional.lt(10_000_000)).toBe(true);
  });

  it('isolated long at 125x in tier 1 matches the closed form and margin ratio is 1 there', () => {
    const spec: PositionSpec = {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '60000',
      quantity: '0.5',
      leverage: '125',
      tiers: binanceBtcusdtTiers,
    };
    const lp = liquidationPrice(spec)!;
    // (240 + 0 − 30,000) / (0.5 × 0.004 − 0.5)
    expect(lp.toString()).toBe(new Decimal(240 - 30000).div(0.5 * 0.004 - 0.5).toString());
    expect(marginRatio(spec, lp).minus(1).abs().lt('1e-30')).toBe(true);
  });
});
