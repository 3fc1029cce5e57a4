import { describe, expect, it } from 'vitest';
import { leverageFigures } from './leverage-figures';

describe('leverageFigures', () => {
  it('computes lesson 1’s running example exactly', () => {
    const result = leverageFigures({ entry: '60000', quantity: '1', leverage: '10' });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.notional.toString()).toBe('60000');
    expect(result.value.initialMargin.toString()).toBe('6000');
    expect(result.value.pnlPerPercent.toString()).toBe('600');
    expect(result.value.roePerPercent.toString()).toBe('0.1');
    expect(result.value.moveToWipeOut?.toString()).toBe('0.1');
  });

  it('keeps notional and PnL per 1% when only leverage changes', () => {
    const a = leverageFigures({ entry: '60000', quantity: '0.25', leverage: '5' });
    const b = leverageFigures({ entry: '60000', quantity: '0.25', leverage: '50' });
    if (!a.ok || !b.ok) throw new Error('unexpected error');
    expect(a.value.notional.eq(b.value.notional)).toBe(true);
    expect(a.value.pnlPerPercent.eq(b.value.pnlPerPercent)).toBe(true);
    expect(b.value.initialMargin.toString()).toBe('300');
  });

  it('reports the engine error against the field that caused it', () => {
    const result = leverageFigures({ entry: '60000', quantity: 'abc', leverage: '10' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field).toBe('quantity');
  });
});
