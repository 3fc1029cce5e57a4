import { hyperliquidMarginTableTiers, type MaintenanceTier, tierSnapshotNamed } from '@liqlab/core';
import type { CustomTierTable } from './scenario-tier-table';

// Browser-light on purpose (core only, no zod): the sandbox and the explain page read a table's facts
// on every render, while the schema that checks a pasted table is loaded only when one is pasted.

/** What the page says about a table wherever it is used: whose, which instrument, and of what date. */
export interface TierTableFacts {
  readonly kind: 'snapshot' | 'custom';
  readonly venue: string;
  readonly symbol: string | undefined;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** What the date is: the venue's own ('published'), the day an undated page was read, or the paste's. */
  readonly dated: 'published' | 'read' | 'taken';
  readonly source: string | undefined;
  readonly historical: boolean;
  readonly tiers: readonly MaintenanceTier[];
}

export type TierMaintenance =
  | { kind: 'tiers'; preset: string }
  | { kind: 'custom-tiers'; table: CustomTierTable };

// One derived array per stored table: core caches a parsed table per array, so a table used on every
// render (and every slider step) is converted once, like a bundled snapshot.
const derivedTiers = new WeakMap<object, MaintenanceTier[]>();

/** The engine tiers of a pasted table: as stored, or derived from a Hyperliquid table's max leverages. */
function customTiers(table: CustomTierTable): readonly MaintenanceTier[] {
  if (table.venue !== 'hyperliquid') return table.tiers;
  let tiers = derivedTiers.get(table.marginTiers);
  if (!tiers) {
    tiers = hyperliquidMarginTableTiers(table.marginTiers);
    derivedTiers.set(table.marginTiers, tiers);
  }
  return tiers;
}

/** The table a scenario's maintenance names: a bundled snapshot or the learner's own, with its facts. */
export function tierTableOf(maintenance: TierMaintenance): TierTableFacts {
  if (maintenance.kind === 'custom-tiers') {
    const { table } = maintenance;
    return {
      kind: 'custom',
      venue: table.venue,
      symbol: table.symbol,
      date: table.asOf,
      dated: 'taken',
      source: undefined,
      historical: false,
      tiers: customTiers(table),
    };
  }
  const snapshot = tierSnapshotNamed(maintenance.preset);
  // The schema admits only known names; reaching this is a bug, not bad input.
  if (!snapshot) throw new Error(`Unknown tier table "${maintenance.preset}".`);
  return {
    kind: 'snapshot',
    venue: snapshot.venue,
    symbol: snapshot.symbol,
    date: snapshot.date,
    dated: snapshot.dated,
    source: snapshot.source,
    historical: snapshot.historical,
    tiers: snapshot.tiers,
  };
}
