import { TIER_SNAPSHOTS, type TierSnapshot } from './tier-snapshots';

/**
 * The name lessons, content presets and saved scenarios use for Binance's 2021 BTCUSDT brackets, from
 * before snapshots were dated: it keeps opening the same table. One mapping for every reader (the
 * scenario schema, the sandbox, the lesson tables and the quiz).
 */
const LEGACY_NAMES: Readonly<Record<string, string>> = { 'binance-btcusdt': 'binance-btcusdt-2021-03-18' };

/** Every name a bundled tier table answers to: the legacy name and each snapshot's id. */
export const TIER_TABLE_NAMES: readonly [string, ...string[]] = [
  ...Object.keys(LEGACY_NAMES),
  ...TIER_SNAPSHOTS.map((snapshot) => snapshot.id),
] as [string, ...string[]];

/** The bundled snapshot a name opens, or undefined for a name no table has. */
export function tierSnapshotNamed(name: string): TierSnapshot | undefined {
  const id = LEGACY_NAMES[name] ?? name;
  return TIER_SNAPSHOTS.find((snapshot) => snapshot.id === id);
}
