import { type MaintenanceTier, TIER_SNAPSHOTS } from '@liqlab/core';
import type { CustomTierTable } from './scenario-tier-table';

// Browser-light on purpose (core only, no zod): the sandbox and the explain page read a table's facts
// on every render, while the schema that checks a pasted table is loaded only when one is pasted.

/**
 * The name saved scenarios and content presets use for Binance's 2021 BTCUSDT brackets, from before
 * snapshots were dated: it keeps opening the same table.
 */
const LEGACY_PRESETS: Readonly<Record<string, string>> = { 'binance-btcusdt': 'binance-btcusdt-2021-03-18' };

/** Every bundled snapshot core holds (its id), plus the legacy name: a new snapshot needs no change here. */
export const TIERS_PRESETS: readonly [string, ...string[]] = [
  ...Object.keys(LEGACY_PRESETS),
  ...TIER_SNAPSHOTS.map((snapshot) => snapshot.id),
] as [string, ...string[]];

/** What the page says about a table wherever it is used: whose, which instrument, and of what date. */
export interface TierTableFacts {
  readonly kind: 'snapshot' | 'custom';
  readonly venue: string;
  readonly symbol: string | undefined;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly source: string | undefined;
  readonly historical: boolean;
  readonly tiers: readonly MaintenanceTier[];
}

export function snapshotFor(preset: string) {
  const id = LEGACY_PRESETS[preset] ?? preset;
  return TIER_SNAPSHOTS.find((snapshot) => snapshot.id === id);
}

export type TierMaintenance =
  | { kind: 'tiers'; preset: string }
  | { kind: 'custom-tiers'; table: CustomTierTable };

/** The table a scenario's maintenance names: a bundled snapshot or the learner's own, with its facts. */
export function tierTableOf(maintenance: TierMaintenance): TierTableFacts {
  if (maintenance.kind === 'custom-tiers') {
    const { table } = maintenance;
    return {
      kind: 'custom',
      venue: table.venue,
      symbol: table.symbol,
      date: table.asOf,
      source: undefined,
      historical: false,
      tiers: table.tiers,
    };
  }
  const snapshot = snapshotFor(maintenance.preset);
  // The schema admits only known names; reaching this is a bug, not bad input.
  if (!snapshot) throw new Error(`Unknown tier table "${maintenance.preset}".`);
  return {
    kind: 'snapshot',
    venue: snapshot.venue,
    symbol: snapshot.symbol,
    date: snapshot.date,
    source: snapshot.source,
    historical: snapshot.historical,
    tiers: snapshot.tiers,
  };
}
