import { describe, expect, it } from 'vitest';
import { contractResidual, spotResidual } from './residual-figures';

describe('spotResidual', () => {
  it('matches lesson 2: 12,000 debt at 1.1 leaves at most 1,200', () => {
    const r = spotResidual('12000', '1.1', '0.01');
    if (!r.ok) throw new Error(r.message);
    expect(r.value.assetsAtTrigger.toString()).toBe('13200');
    expect(r.value.maxResidual.toString()).toBe('1200');
    expect(r.value.fee.toString()).toBe('132');
    expect(r.value.residual.toString()).toBe('1068');
  });
  it('rejects a level of 1 or less on the level field', () => {
    const r = spotResidual('12000', '1', '0');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.field).toBe('liquidationLevel');
  });
});

describe('contractResidual', () => {
  it('matches lesson 11: a fill at 54,200 leaves a 200 USDT surplus', () => {
    const r = contractResidual({
      rules: 'binance-usdm',
      side: 'long',
      entryPrice: '60000',
      quantity: '1',
      leverage: '10',
      maintenanceMarginRate: '0.005',
      fillPrice: '54200',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.bankruptcy?.toString()).toBe('54000');
    expect(r.value.atFill.toString()).toBe('200');
    expect(r.value.liquidation?.toFixed(2)).toBe('54271.36');
  });
});
