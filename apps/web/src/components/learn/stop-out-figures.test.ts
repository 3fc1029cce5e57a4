import { describe, expect, it } from 'vitest';
import { stopOutFigures } from './stop-out-figures';

describe('stopOutFigures', () => {
  it('compounds eight 1% stop-outs and adds the fees', () => {
    const r = stopOutFigures({
      balance: '10000',
      riskPercent: '1',
      stopOuts: '8',
      notional: '5000',
      feeRate: '0.0005',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.balances).toHaveLength(9);
    // 10,000 × 0.99^8 = 9,227.4469…
    expect(r.value.lossWithoutFees.toFixed(2)).toBe('772.55');
    expect(r.value.lossWithFees.gt(r.value.lossWithoutFees.plus(38))).toBe(true);
    expect(r.value.recoveryGain!.gt(r.value.drawdown)).toBe(true);
  });

  it('has no recovery gain once the fees have taken the whole balance', () => {
    const r = stopOutFigures({
      balance: '100',
      riskPercent: '1',
      stopOuts: '20',
      notional: '10000',
      feeRate: '0.0005',
    });
    if (!r.ok) throw new Error(r.message);
    // 10 USDT of fees a round trip empties 100 USDT within ten stop-outs.
    expect(r.value.balances.at(-1)!.lt(0)).toBe(true);
    expect(r.value.recoveryGain).toBeNull();
  });

  it('rejects a fractional count on its own field', () => {
    const r = stopOutFigures({
      balance: '10000',
      riskPercent: '1',
      stopOuts: '2.5',
      notional: '5000',
      feeRate: '0.0005',
    });
    expect(!r.ok && r.field).toBe('stopOuts');
  });
});
