import type { MaintenanceTier } from '../../types';
import { hyperliquidMarginTableTiers } from '../venue-tiers/hyperliquid-margin-tiers';

/**
 * Hyperliquid's mainnet margin tiers for BTC, ETH and SOL as its docs publish them (Trading › Margin
 * tiers, https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers): "BTC 0-150M 40,
 * >150M 20; ETH 0-100M 25, >100M 15; SOL 0-70M 20, >70M 10" (notional position value in USDC, max
 * leverage). The page carries no date ("Last updated" without one), so the snapshot is dated by the
 * day its stored copy was read: 2026-12-05. Written in the shape of the info endpoint's margin table
 * (`{"type": "marginTable"}`'s marginTiers: lower bounds only, so the last tier is open-ended) and converted by the
 * same reader a pasted table goes through; the MMR and deductions come from the page's own rule.
 */
export const HYPERLIQUID_MARGIN_TABLES_READ = '2026-12-05';

export const HYPERLIQUID_MARGIN_TABLES_SOURCE =
  'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers';

export const HYPERLIQUID_PUBLISHED = Object.freeze({
  BTC: {
    marginTiers: [
      { lowerBound: '0', maxLeverage: 40 },
      { lowerBound: '150000000', maxLeverage: 20 },
    ],
  },
  ETH: {
    marginTiers: [
      { lowerBound: '0', maxLeverage: 25 },
      { lowerBound: '100000000', maxLeverage: 15 },
    ],
  },
  SOL: {
    marginTiers: [
      { lowerBound: '0', maxLeverage: 20 },
      { lowerBound: '70000000', maxLeverage: 10 },
    ],
  },
});

export type HyperliquidAsset = keyof typeof HYPERLIQUID_PUBLISHED;

export function hyperliquidSnapshotTiers(asset: HyperliquidAsset): MaintenanceTier[] {
  return hyperliquidMarginTableTiers(HYPERLIQUID_PUBLISHED[asset].marginTiers);
}
