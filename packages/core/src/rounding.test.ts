import { describe, expect, it } from 'vitest';
import { LiquidationError } from './errors';
import { liquidationRoundingMode, roundToTick } from './rounding';

describe('roundToTick', () => {
  it('rounds with the named mode', () => {
    expect(roundToTick('26316.8912', '0.1', 'up').toString()).toBe('26316.9');
    expect(roundToTick('26316.8912', '0.1', 'down').toString()).toBe('26316.8');
    expect(roundToTick('-1.25', '0.1', 'down').toString()).toBe('-1.3');
    expect(roundToTick('1.25', '0.1', 'half-up').toString()).toBe('1.3');
    expect(roundToTick('1.25', '0.1', 'half-even').toString()).toBe('1.2');
    expect(roundToTick('1153.26', '0.05', 'up').toString()).toBe('1153.3');
  });

  it('a long liquidation price rounds up, a short one down (conservative display)', () => {
    expect(liquidationRoundingMode('long')).toBe('up');
    expect(liquidationRoundingMode('short')).toBe('down');
  });

  it('rejects a bad tick or mode', () => {
    expect(() => roundToTick('1', '0', 'up')).toThrow(LiquidationError);
    expect(() => roundToTick('1', '0.1', 'sideways' as never)).toThrow(/mode/);
  });
});
