import { describe, expect, it } from 'vitest';
import { leverageCap } from './leverage-cap';
import { validatePositionWithEngine } from './scenario-schema';
import { tieredPosition } from './testing/scenario-test-fixtures';

describe('leverageCap', () => {
  it('is exactly where the engine starts refusing the leverage, for a size in a higher bracket', () => {
    // 100 BTC at 60,000 is a 6,000,000 USDT notional: a higher bracket with a lower cap.
    const big = (leverage: string) =>
      tieredPosition({ size: { unit: 'quantity', quantity: '100' }, leverage });
    const cap = leverageCap(big('1'));
    expect(cap?.lt(125)).toBe(true);
    expect(() => validatePositionWithEngine(big(cap!.toFixed()))).not.toThrow();
    expect(() => validatePositionWithEngine(big(cap!.plus(1).toFixed()))).toThrow(
      expect.objectContaining({ code: 'INVALID_LEVERAGE' }),
    );
  });

  it('takes the asset’s maximum when it is lower than the bracket’s', () => {
    expect(leverageCap(tieredPosition({ maxLeverage: '20' }))?.toFixed()).toBe('20');
    expect(() => validatePositionWithEngine(tieredPosition({ maxLeverage: '20', leverage: '21' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_LEVERAGE' }),
    );
  });

  it('throws the engine’s error for a size beyond the last bracket', () => {
    expect(() => leverageCap(tieredPosition({ size: { unit: 'quantity', quantity: '100000' } }))).toThrow(
      expect.objectContaining({ code: 'POSITION_TOO_LARGE_FOR_TIER' }),
    );
  });
});
