import { describe, expect, it } from 'vitest';
import { parseRateLimitScale } from './rate-limit-scale';

describe('LIQLAB_RATE_LIMIT_SCALE', () => {
  it('is 1 when unset, and a whole multiplier when set', () => {
    expect(parseRateLimitScale(undefined)).toBe(1);
    expect(parseRateLimitScale('')).toBe(1);
    expect(parseRateLimitScale('1000')).toBe(1000);
  });

  it.each(['0', '-5', '1.5', 'lots', 'NaN', '1e9'])('refuses %s loudly', (raw) => {
    expect(() => parseRateLimitScale(raw)).toThrow(/LIQLAB_RATE_LIMIT_SCALE/);
  });
});
