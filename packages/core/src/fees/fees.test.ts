import { describe, expect, it } from 'vitest';
import { LiquidationError } from '../errors';
import { liquidationPrice } from '../perpetual/liquidation-price';
import type { PositionSpec } from '../types';
import { fundingPayment } from './funding-payment';
import { liquidationFee } from './liquidation-fee';
import { closingFee, openingFee, tradingFee } from './trading-fee';

const spec: PositionSpec = {
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '60000',
  quantity: '0.5',
  leverage: '20',
  maintenanceMarginRate: '0.004',
  takerFeeRate: '0.0005',
};

describe('fees', () => {
  it('trading fee = notional × rate; maker rebates are negative', () => {
    expect(tradingFee('10000', '0.0004').toString()).toBe('4');
    expect(tradingFee('10000', '-0.0001').toString()).toBe('-1');
    expect(() => tradingFee('10000', '4')).toThrow(LiquidationError);
  });

  it('opening and closing fees use the spec’s taker rate unless given one', () => {
    expect(openingFee(spec).toString()).toBe('15');
    expect(closingFee(spec, '62000').toString()).toBe('15.5');
    expect(closingFee(spec, '62000', '0.0002').toString()).toBe('6.2');
  });

  it('funding: a long pays a positive rate, a short receives it', () => {
    expect(fundingPayment(spec, '61000', '0.0001').toString()).toBe('3.05');
    expect(fundingPayment({ ...spec, side: 'short' }, '61000', '0.0001').toString()).toBe('-3.05');
    expect(fundingPayment(spec, '61000', '-0.0001').toString()).toBe('-3.05');
    const inverse: PositionSpec = { ...spec, rules: 'binance-coinm', quantity: '100', contractSize: '100' };
    expect(fundingPayment(inverse, '25000', '0.0001').toString()).toBe('0.00004');
  });

  it('liquidation (clearance) fee is the notional at the liquidation price × rate', () => {
    const lp = liquidationPrice(spec)!;
    expect(liquidationFee(spec, '0.0125')?.toString()).toBe(lp.times('0.5').times('0.0125').toString());
    expect(liquidationFee({ ...spec, leverage: '1' }, '0.0125')).toBeNull();
  });
});
