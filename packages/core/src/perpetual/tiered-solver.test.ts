import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import type { MaintenanceTier, PositionSpec, Rules, Side } from '../types';
import { liquidationPrice, scanAllTiers } from './liquidation-price';
import { marginRatio } from './margin-ratio';
import { normalizeSpec } from './normalize-spec';

// Property runs are CPU-bound; leave room on a busy 2-core CI box (these are not timing assertions).
const PROPERTY_TIMEOUT = 60_000;

/** A continuous bracket table: cum(n) = cum(n−1) + floor(n) × (MMR(n) − MMR(n−1)), as Binance defines it. */
const tableArb = fc
  .array(
    fc.record({ width: fc.integer({ min: 1, max: 1000 }), stepPermille: fc.integer({ min: 0, max: 100 }) }),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .chain((rows) => fc.tuple(fc.constant(rows), fc.boolean()))
  .map(([rows, openLast]) => {
    const tiers: MaintenanceTier[] = [];
    let floor = new Decimal(0);
    let cum = new Decimal(0);
    let previousRate = new Decimal(0);
    for (const [index, row] of rows.entries()) {
      const rate = previousRate.plus(new Decimal(Math.max(row.stepPermille, index === 0 ? 1 : 0)).div(1000));
      if (index > 0) cum = cum.plus(floor.times(rate.minus(previousRate)));
      const cap = floor.plus(new Decimal(row.width).times(index === 0 ? 1 : 10 ** Math.min(index, 4)));
      tiers.push({
        notionalFloor: floor,
        // An open-ended last bracket (no cap), as Hyperliquid publishes its tiers.
        ...(openLast && index === rows.length - 1 ? {} : { notionalCap: cap }),
        maintenanceMarginRate: rate,
        maintenanceAmount: cum,
      });
      floor = cap;
      previousRate = rate;
    }
    return tiers;
  });

describe('tiered solver (Binance USDS-M / COIN-M, Hyperliquid tiers)', () => {
  it(
    'agrees with trying every bracket, lands in the bracket that priced it, and the margin ratio is 1 there',
    () => {
      fc.assert(
        fc.property(
          tableArb,
          fc.constantFrom<Rules>('binance-usdm', 'binance-coinm', 'hyperliquid'),
          fc.constantFrom<Side>('long', 'short'),
          fc.boolean(),
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.integer({ min: 1, max: 100_000 }),
          fc.integer({ min: 0, max: 3000 }),
          fc.boolean(),
          (tiers, rules, side, cross, entryCents, quantityMilli, marginPermille, withFee) => {
            const inverse = rules === 'binance-coinm';
            const entryPrice = new Decimal(entryCents).div(100);
            const quantity = new Decimal(quantityMilli).div(inverse ? 1 : 1000);
            const entryNotional = inverse ? quantity.times(10).div(entryPrice) : quantity.times(entryPrice);
            const lastCap = tiers[tiers.length - 1]!.notionalCap;
            fc.pre(lastCap === undefined || entryNotional.lt(lastCap as Decimal));
            const collateral = entryNotional.times(marginPermille).div(1000);
            const spec: PositionSpec = {
              rules,
              side,
              marginMode: cross ? 'cross' : 'isolated',
              entryPrice,
              quantity,
              tiers,
              takerFeeRate: '0.0005',
              ...(inverse ? { contractSize: 10 } : {}),
              ...(cross ? { walletBalance: collateral } : { margin: collateral }),
            };
            const options = { includeClosingFee: withFee };
            const lp = liquidationPrice(spec, options);
            const normalized = normalizeSpec(spec, options);
            if (normalized.maintenance.kind !== 'tiers') throw new Error('expected a bracket table');
            const reference = scanAllTiers(normalized, normalized.maintenance.tiers);
            expect(lp?.toString()).toBe(reference?.price.toString());
            if (lp !== null) {
              expect(marginRatio(spec, lp, options).minus(1).abs().lte('1e-12')).toBe(true);
            }
          },
        ),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
