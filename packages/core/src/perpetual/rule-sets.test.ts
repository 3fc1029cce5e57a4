import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import type { PositionSpec } from '../types';
import { bankruptcyPrice } from './bankruptcy-price';
import { liquidationPrice } from './liquidation-price';
import { maintenanceMargin } from './maintenance-margin';
import { marginRatio } from './margin-ratio';

const ratioIsOne = (spec: PositionSpec, price: Decimal, options?: { includeClosingFee?: boolean }) =>
  marginRatio(spec, price, options).minus(1).abs().lte('1e-12');

describe('Bybit USDT linear (Help Center "Liquidation Price (USDT Contract)")', () => {
  it('Example 1: long 1 BTC at 20,000 USDT, 50x, MMR 0.5% → 19,700', () => {
    const spec: PositionSpec = {
      rules: 'bybit-linear',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '20000',
      quantity: '1',
      leverage: '50',
      maintenanceMarginRate: '0.005',
    };
    expect(liquidationPrice(spec)?.toString()).toBe('19700');
    expect(bankruptcyPrice(spec)?.toString()).toBe('19600');
    expect(ratioIsOne(spec, new Decimal(19700))).toBe(true);
  });

  it('long 10,000 at 50x → 9,850 and short 8,000 at 40x → 8,160 (IMR/MMR form of the same article)', () => {
    const base = {
      rules: 'bybit-linear',
      marginMode: 'isolated',
      quantity: '1',
      maintenanceMarginRate: '0.005',
    } as const;
    expect(liquidationPrice({ ...base, side: 'long', entryPrice: '10000', leverage: '50' })?.toString()).toBe(
      '9850',
    );
    expect(liquidationPrice({ ...base, side: 'short', entryPrice: '8000', leverage: '40' })?.toString()).toBe(
      '8160',
    );
  });

  it('extra margin moves the price by extra / size', () => {
    const spec: PositionSpec = {
      rules: 'bybit-linear',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '20000',
      quantity: '2',
      margin: '1000', // IM 800 + 200 extra
      maintenanceMarginRate: '0.005',
    };
    // 20,000 − (800 − 200)/2 − 200/2 = 19,600
    expect(liquidationPrice(spec)?.toString()).toBe('19600');
  });
});

describe('Bybit inverse (UTA isolated-mode article)', () => {
  it('long 60,000 USD of BTCUSD at 50,000, 10x, MMR 0.5% → 60,000 / 1.314', () => {
    const spec: PositionSpec = {
      rules: 'bybit-inverse',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '50000',
      quantity: '60000',
      leverage: '10',
      maintenanceMarginRate: '0.005',
    };
    const lp = liquidationPrice(spec)!;
    expect(lp.toString()).toBe(new Decimal(60000).div('1.314').toString());
    expect(lp.toDecimalPlaces(2).toString()).toBe('45662.1');
    expect(ratioIsOne(spec, lp)).toBe(true);
    // Bankruptcy: 1/BP = 1/50,000 + 0.12/60,000.
    expect(bankruptcyPrice(spec)?.toString()).toBe(new Decimal(60000).div('1.32').toString());
  });
});

describe('Binance COIN-M', () => {
  it('maintenance margin: 100 contracts of BTCUSD at mark 25,000, MMR 0.4% → 0.0016 BTC (FAQ example)', () => {
    const spec: PositionSpec = {
      rules: 'binance-coinm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '25000',
      quantity: '100',
      contractSize: '100',
      leverage: '20',
      maintenanceMarginRate: '0.004',
    };
    expect(maintenanceMargin(spec, '25000').toString()).toBe('0.0016');
  });

  it('isolated long and short: margin ratio is 1 at the liquidation price (derived check)', () => {
    for (const side of ['long', 'short'] as const) {
      const spec: PositionSpec = {
        rules: 'binance-coinm',
        side,
        marginMode: 'isolated',
        entryPrice: '45000',
        quantity: '1000',
        contractSize: '100',
        leverage: '20',
        maintenanceMarginRate: '0.005',
        maintenanceAmount: '0',
      };
      const lp = liquidationPrice(spec)!;
      expect(side === 'long' ? lp.lt(45000) : lp.gt(45000)).toBe(true);
      expect(ratioIsOne(spec, lp)).toBe(true);
    }
  });
});

describe('OKX and Gate (taker fee next to the maintenance rate)', () => {
  const base = {
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '30000',
    quantity: '2',
    leverage: '20',
    maintenanceMarginRate: '0.004',
    takerFeeRate: '0.0005',
  } as const;

  it('OKX long: (margin − qty × entry) / (qty × (MMR + fee − 1))', () => {
    const lp = liquidationPrice({ ...base, rules: 'okx-linear' })!;
    expect(lp.toString()).toBe(new Decimal(3000 - 60000).div(new Decimal(2).times('-0.9955')).toString());
    expect(ratioIsOne({ ...base, rules: 'okx-linear' }, lp)).toBe(true);
  });

  it('Gate gives the same price from its own form, and both can leave the fee out', () => {
    const okx = liquidationPrice({ ...base, rules: 'okx-linear' })!;
    const gate = liquidationPrice({ ...base, rules: 'gate-linear' })!;
    expect(gate.minus(okx).abs().lte(okx.times('1e-35'))).toBe(true);
    const noFee = liquidationPrice({ ...base, rules: 'gate-linear' }, { includeClosingFee: false })!;
    expect(noFee.lt(gate)).toBe(true); // the fee reserve liquidates a long earlier (higher)
  });
});

describe('Hyperliquid (docs formula)', () => {
  it('maintenance margin is half the initial margin at max leverage; ratio 1 at the price', () => {
    const spec: PositionSpec = {
      rules: 'hyperliquid',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '100',
      quantity: '10',
      leverage: '10',
      maxLeverage: '50',
    };
    // l = 1/100; margin_available = 100 − 10; liq = 100 − 90 / 10 / 0.99
    const lp = liquidationPrice(spec)!;
    expect(lp.toString()).toBe(new Decimal(100).minus(new Decimal(9).div('0.99')).toString());
    expect(maintenanceMargin(spec, 100).toString()).toBe('10');
    expect(ratioIsOne(spec, lp)).toBe(true);
  });
});
