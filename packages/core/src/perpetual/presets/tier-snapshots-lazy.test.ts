import { describe, expect, it, vi } from 'vitest';
import { gateBtcusdtTiers } from './gate-btcusdt-tiers';
import { hyperliquidSnapshotTiers } from './hyperliquid-margin-tables';
import { TIER_SNAPSHOTS } from './tier-snapshots';

// The converters, counted: a snapshot's tiers must be built when they are read, once, and not before.
vi.mock('./gate-btcusdt-tiers', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./gate-btcusdt-tiers')>();
  return { ...actual, gateBtcusdtTiers: vi.fn(actual.gateBtcusdtTiers) };
});
vi.mock('./hyperliquid-margin-tables', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./hyperliquid-margin-tables')>();
  return { ...actual, hyperliquidSnapshotTiers: vi.fn(actual.hyperliquidSnapshotTiers) };
});

describe('TIER_SNAPSHOTS builds a venue’s tiers on first read', () => {
  it('loading and listing the snapshots converts no table', () => {
    expect(TIER_SNAPSHOTS.map((snapshot) => snapshot.id)).toContain('gate-btcusdt-2025-09-30');
    expect(gateBtcusdtTiers).not.toHaveBeenCalled();
    expect(hyperliquidSnapshotTiers).not.toHaveBeenCalled();
  });

  it('reading one snapshot’s tiers converts that table once, and every read returns the same tiers', () => {
    const gate = TIER_SNAPSHOTS.find((snapshot) => snapshot.venue === 'gate');
    if (!gate) throw new Error('Gate’s BTC_USDT snapshot is bundled');
    const first = gate.tiers;
    expect(first.length).toBeGreaterThan(1);
    expect(gate.tiers).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(gateBtcusdtTiers).toHaveBeenCalledTimes(1);
    expect(hyperliquidSnapshotTiers).not.toHaveBeenCalled();
    const sol = TIER_SNAPSHOTS.find((snapshot) => snapshot.id.startsWith('hyperliquid-sol-'));
    expect(sol?.tiers.length).toBeGreaterThan(0);
    expect(hyperliquidSnapshotTiers).toHaveBeenCalledTimes(1);
    expect(hyperliquidSnapshotTiers).toHaveBeenCalledWith('SOL');
  });
});
