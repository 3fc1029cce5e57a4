import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, type Num } from '../../decimal';
import type { MaintenanceTier, PositionSpec, Rules, Side } from '../../types';
import { liquidationPrice } from '../liquidation-price';
import { maintenanceAt } from '../maintenance-margin';
import { marginRatio } from '../margin-ratio';
import { normalizeSpec, notionalAt } from '../normalize-spec';
import { parseVenueTiers } from '../venue-tiers/parse-venue-tiers';
import { binanceBtcusdtTiers } from './binance-btcusdt-tiers';
import { GATE_BTCUSDT_PUBLISHED } from './gate-btcusdt-tiers';
import { TIER_SNAPSHOTS } from './tier-snapshots';

// Property runs are CPU-bound; leave room on a busy 2-core box (not a timing assertion).
const PROPERTY_TIMEOUT = 60_000;

const decimal = (min: number, max: number, scale: number) =>
  fc.integer({ min: min * 10 ** scale, max: max * 10 ** scale }).map((n) => new Decimal(n).div(10 ** scale));

interface Table {
  readonly name: string;
  readonly rules: Rules;
  readonly tiers: readonly MaintenanceTier[];
  /** Base units per unit of the table's size (OKX: the face value) — 1 for notional tables. */
  readonly faceValue: Decimal;
  /**
   * The tier the venue's own rule picks, read straight from the rows as the venue publishes them —
   * not through the engine's converted table: by the notional at the liquidation price (Binance,
   * Gate), at entry (Bybit), or by the contracts (OKX).
   */
  readonly venueTier: (position: {
    notionalAtEntry: Decimal;
    notionalAtLiquidation: Decimal;
    contracts: Decimal;
  }) => number;
}

/** Binance, OKX: the tier whose floor is the highest at or below the size. */
function highestFloorAtOrBelow(floors: readonly Num[], size: Decimal): number {
  let index = 0;
  floors.forEach((floor, i) => {
    if (size.gte(floor)) index = i;
  });
  return index;
}

/** Bybit, Gate: the first tier whose limit is at or above the size. */
function firstLimitAtOrAbove(limits: readonly Num[], size: Decimal): number {
  const index = limits.findIndex((limit) => size.lte(limit));
  return index === -1 ? limits.length - 1 : index;
}

const snapshotTables: Table[] = TIER_SNAPSHOTS.map((snapshot) => {
  switch (snapshot.id) {
    case 'binance-btcusdt-2021-03-18':
      return {
        name: snapshot.id,
        rules: snapshot.rules,
        tiers: snapshot.tiers,
        faceValue: new Decimal(1),
        venueTier: ({ notionalAtLiquidation }) =>
          highestFloorAtOrBelow(
            binanceBtcusdtTiers.map((t) => t.notionalFloor as string),
            notionalAtLiquidation,
          ),
      };
    case 'gate-btcusdt-2025-09-30':
      return {
        name: snapshot.id,
        rules: snapshot.rules,
        tiers: snapshot.tiers,
        faceValue: new Decimal(1),
        // Gate re-tiers as the position value changes: the tier holding the value at liquidation.
        venueTier: ({ notionalAtLiquidation }) =>
          firstLimitAtOrAbove(
            GATE_BTCUSDT_PUBLISHED.map((r) => r.risk_limit),
            notionalAtLiquidation,
          ),
      };
    default:
      throw new Error(`${snapshot.id} has no venue rule in this test: add one`);
  }
});

// The two venue shapes no bundled snapshot exercises yet, read from venue-shaped responses (OKX's
// published ETHUSDT 2021 tiers with a face value chosen for the test; Bybit test figures).
const OKX_ROWS = [
  { tier: '1', minSz: '0', maxSz: '3000', mmr: '0.004', imr: '0.008', maxLever: '125' },
  { tier: '2', minSz: '3001', maxSz: '6000', mmr: '0.005', imr: '0.01', maxLever: '100' },
  { tier: '3', minSz: '6001', maxSz: '12000', mmr: '0.01', imr: '0.015', maxLever: '66.66' },
];
const BYBIT_ROWS = [
  {
    symbol: 'BTCUSDT',
    riskLimitValue: '2000000',
    maintenanceMargin: '0.005',
    initialMargin: '0.01',
    maxLeverage: '100',
    mmDeduction: '',
  },
  {
    symbol: 'BTCUSDT',
    riskLimitValue: '4000000',
    maintenanceMargin: '0.01',
    initialMargin: '0.0175',
    maxLeverage: '57.14',
    mmDeduction: '10000',
  },
  {
    symbol: 'BTCUSDT',
    riskLimitValue: '6000000',
    maintenanceMargin: '0.015',
    initialMargin: '0.025',
    maxLeverage: '40',
    mmDeduction: '30000',
  },
];
const formatTables: Table[] = [
  {
    name: 'okx position tiers (format)',
    rules: 'okx-linear',
    tiers: parseVenueTiers(JSON.stringify({ code: '0', msg: '', data: OKX_ROWS }), {
      venue: 'okx',
      contractSize: '0.1',
    }),
    faceValue: new Decimal('0.1'),
    venueTier: ({ contracts }) =>
      highestFloorAtOrBelow(
        OKX_ROWS.map((r) => r.minSz),
        contracts,
      ),
  },
  {
    name: 'bybit risk limits (format)',
    rules: 'bybit-linear',
    tiers: parseVenueTiers(JSON.stringify({ retCode: 0, result: { list: BYBIT_ROWS } }), { venue: 'bybit' }),
    faceValue: new Decimal(1),
    venueTier: ({ notionalAtEntry }) =>
      firstLimitAtOrAbove(
        BYBIT_ROWS.map((r) => r.riskLimitValue),
        notionalAtEntry,
      ),
  },
];

const positionArb = fc.record({
  side: fc.constantFrom<Side>('long', 'short'),
  entryPrice: decimal(100, 150_000, 2),
  /** Where in the table the entry size falls, as a fraction of the last cap. */
  fill: decimal(0, 1, 6),
  /** Isolated margin as a fraction of the entry notional. */
  marginShare: decimal(0.005, 0.95, 4),
  takerFeeRate: decimal(0, 0.001, 5),
});

describe.each([...snapshotTables, ...formatTables])('$name', (table) => {
  it(
    'at the returned liquidation price the margin ratio is 1, priced with the tier the venue’s rule picks',
    () => {
      const lastCap = new Decimal(table.tiers[table.tiers.length - 1]!.notionalCap);
      fc.assert(
        fc.property(positionArb, (p) => {
          const byQuantity = table.tiers[0]!.boundsIn === 'quantity';
          // The size in the table's own units, at least one smallest step above zero.
          const size = Decimal.max(lastCap.times(p.fill), new Decimal('0.001'));
          // Rounded down so that a position filling the table does not overshoot its last cap.
          const quantity = byQuantity ? size : size.div(p.entryPrice).toDecimalPlaces(12, Decimal.ROUND_DOWN);
          const spec: PositionSpec = {
            rules: table.rules,
            side: p.side,
            marginMode: 'isolated',
            entryPrice: p.entryPrice.toString(),
            quantity: quantity.toString(),
            margin: quantity.times(p.entryPrice).times(p.marginShare).toString(),
            takerFeeRate: p.takerFeeRate.toString(),
            tiers: table.tiers as MaintenanceTier[],
          };
          const price = liquidationPrice(spec);
          if (price === null) return;
          const ratio = marginRatio(spec, price);
          expect(ratio.minus(1).abs().lte('1e-20'), `margin ratio ${ratio} at ${price}`).toBe(true);
          const n = normalizeSpec(spec);
          const used = maintenanceAt(n, price).tier!.index;
          expect(used).toBe(
            table.venueTier({
              notionalAtEntry: n.entryNotional,
              notionalAtLiquidation: notionalAt(n, price),
              contracts: quantity.div(table.faceValue),
            }),
          );
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('the bundled snapshots', () => {
  it('carry a date, a source and a valid table; the 2021 Binance table is marked historical', () => {
    for (const snapshot of TIER_SNAPSHOTS) {
      expect(snapshot.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(snapshot.source).toMatch(/^https:\/\//);
      expect(snapshot.tiers.length).toBeGreaterThan(0);
    }
    expect(TIER_SNAPSHOTS.find((s) => s.id === 'binance-btcusdt-2021-03-18')?.historical).toBe(true);
  });

  it('Gate BTC_USDT: the derived deductions give Gate’s gradient requirement at every published limit', () => {
    const gate = TIER_SNAPSHOTS.find((s) => s.venue === 'gate')!;
    let byPortion = new Decimal(0);
    let floor = new Decimal(0);
    GATE_BTCUSDT_PUBLISHED.forEach((row, i) => {
      byPortion = byPortion.plus(new Decimal(row.risk_limit).minus(floor).times(row.maintenance_rate));
      floor = new Decimal(row.risk_limit);
      const tier = gate.tiers[i]!;
      const tiered = floor.times(tier.maintenanceMarginRate).minus(tier.maintenanceAmount);
      expect(tiered.toString()).toBe(byPortion.toString());
    });
  });
});
