import { describe, expect, it } from 'vitest';
import { type SizerInputs, sizerFigures } from './position-sizer-figures';

const base: SizerInputs = {
  balance: '10000',
  riskPercent: '1',
  entry: '60000',
  stop: '59000',
  side: 'long',
  rules: 'binance-usdm',
  leverage: '10',
  maintenanceMarginRate: '0.005',
  feeRate: '0.0005',
  quantityStep: '0.001',
};

describe('sizerFigures', () => {
  it('sizes lesson 10’s trade: 100 USDT at risk, 0.094 BTC', () => {
    const r = sizerFigures(base);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.riskAmount.toString()).toBe('100');
    expect(r.value.lossPerUnit.toString()).toBe('1059.5');
    expect(r.value.quantity.toString()).toBe('0.094');
    expect(r.value.notional.toString()).toBe('5640');
    expect(r.value.liquidatedBeforeStop).toBe(false);
    expect(r.value.maxSafeLeverage).toBeGreaterThan(10);
  });

  it('warns when the leverage puts the liquidation price before the stop', () => {
    const r = sizerFigures({ ...base, leverage: '100' });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.liquidatedBeforeStop).toBe(true);
    // 60 ×: liquidation just above 59,000 would fire first; the highest safe whole leverage is lower.
    expect(r.value.maxSafeLeverage).toBeLessThan(60);
  });

  it('puts a stop equal to the entry on the stop field', () => {
    const r = sizerFigures({ ...base, stop: '60000' });
    expect(!r.ok && r.field).toBe('stopPrice');
  });
});
