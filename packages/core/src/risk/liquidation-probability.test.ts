import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import { normalCdf } from '../random/normal-distribution';
import { liquidationProbability } from './liquidation-probability';
import { monteCarloLiquidation } from './monte-carlo-liquidation';

describe('liquidationProbability', () => {
  it('is 2Φ(−|b|/σ√T) without drift in log terms (pure reflection principle)', () => {
    // μ = σ²/2 makes ν = 0.
    const sigma = 0.8;
    const p = liquidationProbability({
      spot: 100,
      barrier: 90,
      annualVolatility: sigma,
      horizonDays: 30,
      annualDrift: sigma ** 2 / 2,
    });
    expect(p).toBeCloseTo(2 * normalCdf(Math.log(0.9) / (sigma * Math.sqrt(30 / 365))), 14);
  });

  it('takes Decimal and string prices (e.g. a liquidation price from the engine)', () => {
    const a = liquidationProbability({
      spot: new Decimal('64000'),
      barrier: '58000.5',
      annualVolatility: 0.6,
      horizonDays: 7,
    });
    const b = liquidationProbability({
      spot: 64000,
      barrier: 58000.5,
      annualVolatility: 0.6,
      horizonDays: 7,
    });
    expect(a).toBe(b);
  });

  it('is 1 at the barrier, 0 with no volatility and no drift toward it', () => {
    expect(liquidationProbability({ spot: 100, barrier: 100, annualVolatility: 0.5, horizonDays: 1 })).toBe(
      1,
    );
    expect(liquidationProbability({ spot: 100, barrier: 90, annualVolatility: 0, horizonDays: 30 })).toBe(0);
    expect(
      liquidationProbability({
        spot: 100,
        barrier: 90,
        annualVolatility: 0,
        horizonDays: 365,
        annualDrift: -0.2,
      }),
    ).toBe(1);
  });

  it('grows with the horizon and with volatility, and shrinks with distance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 1, max: 365, noNaN: true }),
        fc.boolean(),
        (ratio, sigma, days, up) => {
          const barrier = up ? 100 / ratio : 100 * ratio;
          const base = { spot: 100, barrier, annualVolatility: sigma, horizonDays: days };
          const p = liquidationProbability(base);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(liquidationProbability({ ...base, horizonDays: days * 2 })).toBeGreaterThanOrEqual(
            p - 1e-15,
          );
          expect(liquidationProbability({ ...base, annualVolatility: sigma * 1.5 })).toBeGreaterThanOrEqual(
            p - 1e-15,
          );
          const farther = up ? barrier * 1.1 : barrier / 1.1;
          expect(liquidationProbability({ ...base, barrier: farther })).toBeLessThanOrEqual(p + 1e-15);
        },
      ),
    );
  });

  it('stays finite where e^{2νb/σ²} overflows', () => {
    const p = liquidationProbability({
      spot: 100,
      barrier: 10,
      annualVolatility: 0.01,
      horizonDays: 1,
      annualDrift: -50,
    });
    expect(Number.isFinite(p)).toBe(true);
  });

  it('names the bad field', () => {
    expect(() =>
      liquidationProbability({ spot: 0, barrier: 1, annualVolatility: 1, horizonDays: 1 }),
    ).toThrow(LiquidationError);
    try {
      liquidationProbability({ spot: 1, barrier: 2, annualVolatility: 1, horizonDays: -1 });
    } catch (error) {
      expect((error as LiquidationError).field).toBe('horizonDays');
    }
  });
});

describe('monteCarloLiquidation agrees with the closed form', () => {
  // Seeded, so the comparison cannot flake; 40 000 paths put 1 pp at about four standard errors.
  it.each([
    {
      name: 'long, no drift',
      spot: 100,
      barrier: 90,
      annualVolatility: 0.8,
      horizonDays: 30,
      annualDrift: 0,
    },
    {
      name: 'short, upward drift',
      spot: 100,
      barrier: 115,
      annualVolatility: 0.6,
      horizonDays: 60,
      annualDrift: 0.5,
    },
    {
      name: 'long, crash drift',
      spot: 100,
      barrier: 80,
      annualVolatility: 1,
      horizonDays: 14,
      annualDrift: -1.5,
    },
    { name: 'far barrier', spot: 100, barrier: 60, annualVolatility: 0.5, horizonDays: 90, annualDrift: 0 },
  ])('$name within 1 percentage point', ({ name, ...params }) => {
    const analytic = liquidationProbability(params);
    const mc = monteCarloLiquidation({ ...params, seed: name, paths: 40_000, steps: 200 });
    expect(Math.abs(mc.liquidated - analytic)).toBeLessThan(0.01);
    expect(mc.liquidated + mc.stoppedOut + mc.tookProfit + mc.survived).toBeCloseTo(1, 12);
  });

  it('the bridge correction makes even 10 coarse steps unbiased; plain discrete monitoring is not', () => {
    const params = { spot: 100, barrier: 90, annualVolatility: 0.8, horizonDays: 30 };
    const analytic = liquidationProbability(params);
    const corrected = monteCarloLiquidation({ ...params, seed: 'coarse', paths: 40_000, steps: 10 });
    const naive = monteCarloLiquidation({
      ...params,
      seed: 'coarse',
      paths: 40_000,
      steps: 10,
      bridgeCorrection: false,
    });
    expect(Math.abs(corrected.liquidated - analytic)).toBeLessThan(0.01);
    expect(analytic - naive.liquidated).toBeGreaterThan(0.05);
  });

  it('is reproducible from its seed', () => {
    const params = {
      seed: 7,
      paths: 2000,
      steps: 50,
      spot: 100,
      barrier: 95,
      annualVolatility: 0.9,
      horizonDays: 10,
    };
    expect(monteCarloLiquidation(params)).toEqual(monteCarloLiquidation(params));
  });

  it('a stop between spot and liquidation takes every would-be liquidation, matching the stop’s own touch probability', () => {
    const params = { spot: 100, barrier: 85, annualVolatility: 0.8, horizonDays: 30 };
    const mc = monteCarloLiquidation({ ...params, stop: 93, seed: 'stop', paths: 40_000, steps: 200 });
    expect(mc.liquidated).toBe(0);
    expect(Math.abs(mc.stoppedOut - liquidationProbability({ ...params, barrier: 93 }))).toBeLessThan(0.01);
  });

  it('splits outcomes with a take-profit and stays consistent with each single barrier', () => {
    const params = { spot: 100, barrier: 110, annualVolatility: 0.8, horizonDays: 30 };
    const mc = monteCarloLiquidation({ ...params, takeProfit: 92, seed: 'tp', paths: 20_000, steps: 200 });
    expect(mc.tookProfit).toBeGreaterThan(0);
    expect(mc.liquidated).toBeLessThan(liquidationProbability(params));
    expect(mc.tookProfit).toBeLessThan(liquidationProbability({ ...params, barrier: 92 }));
  });

  it('rejects a stop on the wrong side and a barrier at spot', () => {
    const params = {
      seed: 1,
      paths: 10,
      steps: 10,
      spot: 100,
      barrier: 90,
      annualVolatility: 0.5,
      horizonDays: 1,
    };
    expect(() => monteCarloLiquidation({ ...params, stop: 105 })).toThrow(/stop/);
    expect(() => monteCarloLiquidation({ ...params, takeProfit: 95 })).toThrow(/takeProfit/);
    expect(() => monteCarloLiquidation({ ...params, barrier: 100 })).toThrow(/barrier/);
  });
});
