import type { MaintenanceTier } from '../../types';
import { gateRowsFromJson, gateTiers } from '../venue-tiers/gate-risk-limit-tiers';

/**
 * Gate BTC_USDT perpetual risk-limit tiers as Gate's Help Center publishes them ("Risk Limit",
 * dated 2025-09-30 UTC, https://www.gate.com/help/futures/futures-logic/22162 — read through the
 * mirror https://bi.live/pt/help/futures/futures-logic/22162): risk limit (USDT), tiered MMR, IMR
 * and max leverage, written in the fields of Gate's API so that the same reader converts them. The
 * page gives no deduction column: the reader derives it from Gate's documented gradient rule (see
 * venue-tiers/gate-risk-limit-tiers.ts). Gate revises these tables; for live figures use
 * GET /api/v4/futures/usdt/risk_limit_tiers?contract=BTC_USDT.
 */
export const GATE_BTCUSDT_PUBLISHED = Object.freeze([
  {
    tier: 1,
    contract: 'BTC_USDT',
    risk_limit: '20000',
    maintenance_rate: '0.004',
    initial_rate: '0.008',
    leverage_max: '125',
  },
  {
    tier: 2,
    contract: 'BTC_USDT',
    risk_limit: '50000',
    maintenance_rate: '0.0045',
    initial_rate: '0.009',
    leverage_max: '111',
  },
  {
    tier: 3,
    contract: 'BTC_USDT',
    risk_limit: '100000',
    maintenance_rate: '0.005',
    initial_rate: '0.01',
    leverage_max: '100',
  },
  {
    tier: 4,
    contract: 'BTC_USDT',
    risk_limit: '200000',
    maintenance_rate: '0.007',
    initial_rate: '0.0133',
    leverage_max: '75',
  },
  {
    tier: 5,
    contract: 'BTC_USDT',
    risk_limit: '1000000',
    maintenance_rate: '0.01',
    initial_rate: '0.02',
    leverage_max: '50',
  },
  {
    tier: 6,
    contract: 'BTC_USDT',
    risk_limit: '2000000',
    maintenance_rate: '0.02',
    initial_rate: '0.04',
    leverage_max: '25',
  },
  {
    tier: 7,
    contract: 'BTC_USDT',
    risk_limit: '3000000',
    maintenance_rate: '0.05',
    initial_rate: '0.1',
    leverage_max: '10',
  },
  {
    tier: 8,
    contract: 'BTC_USDT',
    risk_limit: '5000000',
    maintenance_rate: '0.5',
    initial_rate: '0.95',
    leverage_max: '1.05',
  },
]);

/** The published rows as engine tiers, converted anew on each call (tier-snapshots.ts keeps the result). */
export function gateBtcusdtTiers(): MaintenanceTier[] {
  return gateTiers(gateRowsFromJson(GATE_BTCUSDT_PUBLISHED));
}
