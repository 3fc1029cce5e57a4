import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { distanceToLiquidation } from './distance-to-liquidation';
import { positionSizeForRisk } from './position-size-for-risk';
import { stopOutsideBand, volatilityBand } from './volatility-band';

describe('volatilityBand', () => {
  it('is the central lognormal interval', () => {
    const band = volatilityBand({ price: 100, annualVolatility: 0.73, horizonDays: 365 });
    expect(band.z).toBeCloseTo(1.959963984540054, 12);
    expect(band.lower.toNumber()).toBeCloseTo(100 * Math.exp(-(0.73 ** 2) / 2 - 1.959963984540054 * 0.73), 6);
    expect(band.upper.toNumber()).toBeCloseTo(100 * Math.exp(-(0.73 ** 2) / 2 + 1.959963984540054 * 0.73), 6);
  });

  it('widens with confidence and horizon', () => {
    const a = volatilityBand({ price: 100, annualVolatility: 0.6, horizonDays: 1 });
    const b = volatilityBand({ price: 100, annualVolatility: 0.6, horizonDays: 1, confidence: 0.99 });
    const c = volatilityBand({ price: 100, annualVolatility: 0.6, horizonDays: 7 });
    expect(b.lower.lt(a.lower) && b.upper.gt(a.upper)).toBe(true);
    expect(c.lower.lt(a.lower) && c.upper.gt(a.upper)).toBe(true);
  });

  it('tells whether a stop sits inside the noise', () => {
    const band = volatilityBand({ price: 100, annualVolatility: 0.6, horizonDays: 1 });
    // One day at 60 % a year: σ√T ≈ 3.1 %, so the 95 % band is about ±6 %.
    expect(stopOutsideBand(98, band)).toBe(false);
    expect(stopOutsideBand('90', band)).toBe(true);
    expect(stopOutsideBand(band.upper, band)).toBe(true);
  });

  it('rejects confidence outside (0, 1)', () => {
    expect(() => volatilityBand({ price: 1, annualVolatility: 1, horizonDays: 1, confidence: 1 })).toThrow(
      /confidence/,
    );
  });
});

describe('positionSizeForRisk', () => {
  it('loses exactly the risked amount at the stop without fees', () => {
    const q = positionSizeForRisk({ balance: 10_000, riskPercent: 1, entryPrice: 50_000, stopPrice: 48_000 });
    expect(q.toString()).toBe('0.05');
  });

  it('includes entry and exit fees', () => {
    const q = positionSizeForRisk({
      balance: 10_000,
      riskPercent: 2,
      entryPrice: 100,
      stopPrice: 110,
      feeRate: '0.0005',
    });
    // 200 / (10 + 0.0005·210) = 200 / 10.105
    expect(q.eq(new Decimal(200).div('10.105'))).toBe(true);
  });

  it('rounds down to the lot size so the risk is never exceeded', () => {
    const q = positionSizeForRisk({
      balance: 1000,
      riskPercent: 1,
      entryPrice: 3,
      stopPrice: 2.9,
      quantityStep: '0.1',
    });
    expect(q.toString()).toBe('100');
    const q2 = positionSizeForRisk({
      balance: 1000,
      riskPercent: 1,
      entryPrice: 30,
      stopPrice: 29.3,
      quantityStep: 1,
    });
    expect(q2.toString()).toBe('14');
  });

  it('property: the loss at the stop, fees included, equals the risk (to 30 digits)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 10_000_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1000, max: 10_000_000 }),
        fc.integer({ min: -500, max: 500 }).filter((x) => x !== 0),
        fc.integer({ min: 0, max: 100 }),
        (balance, riskTenths, entryCents, stopPermille, feeMicro) => {
          const entry = new Decimal(entryCents).div(100);
          const stop = entry.times(new Decimal(1000 + stopPermille).div(1000));
          const fee = new Decimal(feeMicro).div(1_000_000);
          const q = positionSizeForRisk({
            balance,
            riskPercent: new Decimal(riskTenths).div(10),
            entryPrice: entry,
            stopPrice: stop,
            feeRate: fee,
          });
          const loss = q
            .times(entry.minus(stop).abs())
            .plus(q.times(entry).times(fee))
            .plus(q.times(stop).times(fee));
          const risk = new Decimal(balance).times(riskTenths).div(1000);
          expect(loss.minus(risk).abs().lte(risk.times('1e-30'))).toBe(true);
        },
      ),
    );
  });

  it.each([
    [{ riskPercent: 0 }, 'riskPercent'],
    [{ riskPercent: 101 }, 'riskPercent'],
    [{ stopPrice: 100 }, 'stopPrice'],
    [{ balance: -1 }, 'balance'],
    [{ feeRate: -0.1 }, 'feeRate'],
    [{ quantityStep: 0 }, 'quantityStep'],
  ])('rejects %o', (override, field) => {
    expect(() =>
      positionSizeForRisk({ balance: 1000, riskPercent: 1, entryPrice: 100, stopPrice: 95, ...override }),
    ).toThrow(expect.objectContaining({ field }));
  });
});

describe('distanceToLiquidation', () => {
  it('gives the exact percent and the distance in horizon sigmas', () => {
    const d = distanceToLiquidation('60000', '54000', 0.8, 30);
    expect(d.percent.toString()).toBe('10');
    expect(d.sigmas).toBeCloseTo(Math.log(60 / 54) / (0.8 * Math.sqrt(30 / 365)), 12);
    expect(distanceToLiquidation(100, 110, 0.8, 30).percent.toString()).toBe('10');
  });
});
