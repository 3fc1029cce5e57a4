import { describe, expect, it } from 'vitest';
import { TIER_TABLE_NAMES, tierSnapshotNamed } from './tier-snapshot-named';
import { TIER_SNAPSHOTS } from './tier-snapshots';

describe('tierSnapshotNamed', () => {
  it('opens the dated 2021 Binance BTCUSDT snapshot under its legacy undated name', () => {
    const table = tierSnapshotNamed('binance-btcusdt');
    expect(table?.venue).toBe('binance');
    expect(table?.symbol).toBe('BTCUSDT');
    expect(table?.date).toBe('2021-03-18');
  });

  it('opens every snapshot by its own id, and every listed name opens a table', () => {
    for (const snapshot of TIER_SNAPSHOTS) expect(tierSnapshotNamed(snapshot.id)).toBe(snapshot);
    for (const name of TIER_TABLE_NAMES) expect(tierSnapshotNamed(name), name).toBeDefined();
    expect(tierSnapshotNamed('binance-ethusdt')).toBeUndefined();
  });
});
