import type { MaintenanceTier, Rules } from '../../types';
import { BINANCE_BTCUSDT_TIERS_DATE, binanceBtcusdtTiers } from './binance-btcusdt-tiers';
import { gateBtcusdtTiers } from './gate-btcusdt-tiers';

/** A venue's tier table as it was published on one date, with where it was published. */
export interface TierSnapshot {
  readonly id: string;
  readonly venue: 'binance' | 'okx' | 'bybit' | 'gate';
  readonly rules: Rules;
  readonly symbol: string;
  /** The date the venue's page gives for the table (YYYY-MM-DD): its age is shown wherever it is used. */
  readonly date: string;
  readonly source: string;
  /** Kept as a worked example only: the venue has since replaced it. */
  readonly historical: boolean;
  readonly tiers: readonly MaintenanceTier[];
}

/**
 * The bundled snapshots. Issue 17 asks for BTC, ETH and SOL perpetuals on each venue from the venues'
 * public documentation; only these were found as full published tables (searched 2026-12-04):
 *
 * - Binance USDⓈ-M: no current BTC/ETH/SOL bracket table on a Binance page (the announcements found
 *   list other symbols); the 2021 BTCUSDT table stays, marked historical.
 * - Gate: BTC_USDT only (the Help Center's risk-limit example); no ETH or SOL table found.
 * - OKX: the announcements found list other contracts' tiers, or ETHUSDT's from 2021 without the
 *   face value the contracts had then, so no OKX snapshot can be converted faithfully.
 * - Bybit: the risk-limit tables on Bybit's pages found are for other symbols; none bundled.
 *
 * No figure here is invented: a missing venue is missing, not approximated.
 */
export const TIER_SNAPSHOTS: readonly TierSnapshot[] = Object.freeze([
  {
    id: 'binance-btcusdt-2021-03-18',
    venue: 'binance',
    rules: 'binance-usdm',
    symbol: 'BTCUSDT',
    date: BINANCE_BTCUSDT_TIERS_DATE,
    source: 'https://www.binance.com/en/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6',
    historical: true,
    tiers: binanceBtcusdtTiers,
  },
  {
    id: 'gate-btcusdt-2025-09-30',
    venue: 'gate',
    rules: 'gate-linear',
    symbol: 'BTC_USDT',
    date: '2025-09-30',
    source: 'https://www.gate.com/help/futures/futures-logic/22162',
    historical: false,
    tiers: gateBtcusdtTiers,
  },
]);
