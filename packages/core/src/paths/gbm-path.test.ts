import { describe, expect, it } from 'vitest';
import { LiquidationError } from '../errors';
import { gbmPath } from './gbm-path';
import { assertPricePath, DEFAULT_START_TIME, MS_PER_DAY } from './price-path';

const base = { seed: 'gbm', startPrice: 60_000, annualVolatility: 0.8, horizonDays: 30, steps: 720 };

describe('gbmPath', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    expect(gbmPath(base)).toEqual(gbmPath(base));
    expect(gbmPath(base).mark).not.toEqual(gbmPath({ ...base, seed: 'other' }).mark);
  });

  it('starts at the start price and time, spans the horizon and is a valid path', () => {
    const path = gbmPath(base);
    expect(path.mark.length).toBe(721);
    expect(path.mark[0]).toBe(60_000);
    expect(path.t[0]).toBe(DEFAULT_START_TIME);
    expect(path.t[720]! - path.t[0]!).toBe(30 * MS_PER_DAY);
    expect(() => assertPricePath(path)).not.toThrow();
  });

  it('has log-returns with the requested volatility and drift', () => {
    // 200 000 one-hour steps: the sample statistics are tight enough to check both moments.
    const path = gbmPath({ ...base, annualDrift: 0.5, horizonDays: 200_000 / 24, steps: 200_000 });
    const dt = 1 / (365 * 24);
    let sum = 0;
    let sumSq = 0;
    for (let i = 1; i < path.mark.length; i++) {
      const r = Math.log(path.mark[i]! / path.mark[i - 1]!);
      sum += r;
      sumSq += r * r;
    }
    const n = path.mark.length - 1;
    const mean = sum / n;
    const sigma = Math.sqrt((sumSq / n - mean * mean) / dt);
    expect(sigma).toBeCloseTo(0.8, 2);
    expect(mean / dt + (sigma * sigma) / 2).toBeCloseTo(0.5, 0);
  });

  it('stays flat with zero volatility and zero drift', () => {
    const path = gbmPath({ ...base, annualVolatility: 0 });
    expect(path.mark.every((p) => Math.abs(p - 60_000) < 1e-6)).toBe(true);
  });

  it.each([
    [{ startPrice: 0 }, 'startPrice'],
    [{ annualVolatility: -0.1 }, 'annualVolatility'],
    [{ horizonDays: 0 }, 'horizonDays'],
    [{ steps: 1.5 }, 'steps'],
    [{ annualDrift: Number.NaN }, 'annualDrift'],
  ])('rejects %o naming %s', (override, field) => {
    try {
      gbmPath({ ...base, ...override });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LiquidationError);
      expect((error as LiquidationError).field).toBe(field);
    }
  });
});
