import type { MaintenanceTier } from '../../types';

/**
 * A historical example, not Binance's current table: the USDS-M BTCUSDT perpetual leverage & margin
 * brackets as published in Binance's announcement "Updates to Leverage and Margin Tiers of Binance
 * Futures Contracts (2021-03-18)",
 * https://www.binance.com/en/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6 — taken on that
 * date (2021-03-18); its catalogue entry (tier-snapshots.ts) carries the date and source and is
 * marked historical. Maintenance amounts (cum) follow Binance's continuity rule
 * cum(n) = floor(n) × (MMR(n) − MMR(n−1)) + cum(n−1). Binance revises these tables often: for live
 * figures use GET /fapi/v1/leverageBracket (read by venue-tiers/binance-leverage-brackets.ts, which
 * also gives the boundary convention: floors included — the announcement writes "floor < Position ≤
 * cap", which with continuous amounts gives the same maintenance margin at the edge — and the last
 * cap, 500,000,000, included).
 */
export const BINANCE_BTCUSDT_TIERS_DATE = '2021-03-18';

// Frozen at runtime (shared by every caller); typed mutable because PositionSpec.tiers is MaintenanceTier[].
export const binanceBtcusdtTiers = Object.freeze(
  [
    {
      notionalFloor: '0',
      notionalCap: '50000',
      maxLeverage: '125',
      maintenanceMarginRate: '0.004',
      maintenanceAmount: '0',
    },
    {
      notionalFloor: '50000',
      notionalCap: '250000',
      maxLeverage: '100',
      maintenanceMarginRate: '0.005',
      maintenanceAmount: '50',
    },
    {
      notionalFloor: '250000',
      notionalCap: '1000000',
      maxLeverage: '50',
      maintenanceMarginRate: '0.01',
      maintenanceAmount: '1300',
    },
    {
      notionalFloor: '1000000',
      notionalCap: '10000000',
      maxLeverage: '20',
      maintenanceMarginRate: '0.025',
      maintenanceAmount: '16300',
    },
    {
      notionalFloor: '10000000',
      notionalCap: '20000000',
      maxLeverage: '10',
      maintenanceMarginRate: '0.05',
      maintenanceAmount: '266300',
    },
    {
      notionalFloor: '20000000',
      notionalCap: '50000000',
      maxLeverage: '5',
      maintenanceMarginRate: '0.1',
      maintenanceAmount: '1266300',
    },
    {
      notionalFloor: '50000000',
      notionalCap: '100000000',
      maxLeverage: '4',
      maintenanceMarginRate: '0.125',
      maintenanceAmount: '2516300',
    },
    {
      notionalFloor: '100000000',
      notionalCap: '200000000',
      maxLeverage: '3',
      maintenanceMarginRate: '0.15',
      maintenanceAmount: '5016300',
    },
    {
      notionalFloor: '200000000',
      notionalCap: '300000000',
      maxLeverage: '2',
      maintenanceMarginRate: '0.25',
      maintenanceAmount: '25016300',
    },
    {
      notionalFloor: '300000000',
      notionalCap: '500000000',
      maxLeverage: '1',
      maintenanceMarginRate: '0.5',
      maintenanceAmount: '100016300',
    },
  ].map((tier) => Object.freeze(tier)),
) as MaintenanceTier[];
