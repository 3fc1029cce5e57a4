import { describe, expect, it } from 'vitest';
import { bandFigures, samplePaths } from './volatility-band-figures';

describe('bandFigures', () => {
  it('matches lesson 9: a one-day 1σ move at 60% volatility is about 1,884 USDT', () => {
    const r = bandFigures({
      entryPrice: '60000',
      annualVolatility: '0.6',
      horizonHours: '24',
      sigmas: ['1', '2'],
      side: 'long',
      stopPrice: '56000',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.typicalMove.toFixed(0)).toBe('1884');
    expect(r.value.bands[1]?.lower.toFixed(0)).toBe('56231');
    expect(r.value.stopSigmas).toBeGreaterThan(2);
    expect(r.value.touchProbability).toBeGreaterThan(0.02);
    expect(r.value.touchProbability).toBeLessThan(0.05);
    expect(r.value.stopOnWrongSide).toBe(false);
  });

  it('draws reproducible sample paths', () => {
    const a = samplePaths('60000', '0.6', '24');
    const b = samplePaths('60000', '0.6', '24');
    expect(a).toHaveLength(4);
    expect(Array.from(a[0]!.mark)).toEqual(Array.from(b[0]!.mark));
  });
});
