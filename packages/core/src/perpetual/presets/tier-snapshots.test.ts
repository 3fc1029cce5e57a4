import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, type Num } from '../../decimal';
import type { MaintenanceTier, PositionSpec, Rules, Side } from '../../types';
import { liquidationPrice } from '../liquidation-price';
import { maintenanceAt } from '../maintenance-margin';
import { marginRatio } from '../margin-ratio';
import { normalizeSpec, notionalAt } from '../normalize-spec';
import { parseVenueTiers } from '../venue-tiers/parse-venue-tiers';
import {
  BYBIT_TEST_ROWS,
  bybitResponse,
  OKX_ETHUSDT_2021_ROWS,
  okxResponse,
} from '../venue-tiers/venue-table-fixtures';
import { binanceBtcusdtTiers } from './binance-btcusdt-tiers';
import { GATE_BTCUSDT_PUBLISHED } from './gate-btcusdt-tiers';
import { HYPERLIQUID_PUBLISHED, type HyperliquidAsset } from './hyperliquid-margin-tables';
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

/**
 * Hyperliquid: "0-150M", ">150M" — the first tier whose upper bound (the next tier's lower bound) is
 * at or above the size; past every bound, the open-ended last tier.
 */
function firstUpperBoundAtOrAbove(upperBounds: readonly Num[], size: Decimal): number {
  const index = upperBounds.findIndex((bound) => size.lte(bound));
  return index === -1 ? upperBounds.length : index;
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
    default: {
      if (snapshot.venue !== 'hyperliquid') {
        throw new Error(`${snapshot.id} has no venue rule in this test: add one`);
      }
      const published = HYPERLIQUID_PUBLISHED[snapshot.symbol as HyperliquidAsset];
      return {
        name: snapshot.id,
        rules: snapshot.rules,
        tiers: snapshot.tiers,
        faceValue: new Decimal(1),
        // Hyperliquid re-tiers with the notional as the price moves (tiers at the liquidation price).
        venueTier: ({ notionalAtLiquidation }) =>
          firstUpperBoundAtOrAbove(
            published.marginTiers.slice(1).map((t) => t.lowerBound),
            notionalAtLiquidation,
          ),
      };
    }
  }
});

// The two venue shapes no bundled snapshot exercises yet, read from venue-shaped responses (OKX's
// published ETHUSDT 2021 tiers with a face value chosen for the test; Bybit test figures).
const OKX_ROWS = OKX_ETHUSDT_2021_ROWS;
const BYBIT_ROWS = BYBIT_TEST_ROWS;
const formatTables: Table[] = [
  {
    name: 'okx position tiers (format)',
    rules: 'okx-linear',
    tiers: parseVenueTiers(okxResponse(), {
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
    tiers: parseVenueTiers(bybitResponse(), { venue: 'bybit' }),
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
      // How far into the table positions reach: the last cap, or for an open-ended last tier twice
      // its floor (so the draws cover both sides of the last bound).
      const last = table.tiers[table.tiers.length - 1]!;
      const span =
        last.notionalCap === undefined || last.notionalCap === null
          ? new Decimal(last.notionalFloor).times(2)
          : new Decimal(last.notionalCap);
      fc.assert(
        fc.property(positionArb, (p) => {
          const byQuantity = table.tiers[0]!.boundsIn === 'quantity';
          // The size in the table's own units, at least one smallest step above zero.
          const size = Decimal.max(span.times(p.fill), new Decimal('0.001'));
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
