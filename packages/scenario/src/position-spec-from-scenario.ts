import { type MaintenanceTier, type PositionSpec, quantityForQuoteValue } from '@liqlab/core';
import type { ScenarioPosition } from './scenario-position-schema';
import { tierTableOf } from './tier-table-facts';

/**
 * The position quantity: as given, or converted from a size in quote currency by core's catalog
 * (rounded down, so the converted position is never larger than the size the learner typed).
 */
export function positionQuantity(position: ScenarioPosition): string {
  if (position.size.unit === 'quantity') return position.size.quantity;
  // Without a contract size an inverse contract is 1 quote each (as core prices it).
  return quantityForQuoteValue(
    position.rules,
    position.size.notional,
    position.entryPrice,
    position.contractSize,
  ).toFixed();
}

/** The engine's PositionSpec for a validated scenario position (decimal strings stay strings). */
export function positionSpecOf(position: ScenarioPosition): PositionSpec {
  const { maintenance } = position;
  return {
    rules: position.rules,
    side: position.side,
    marginMode: position.marginMode,
    entryPrice: position.entryPrice,
    quantity: positionQuantity(position),
    leverage: position.leverage,
    ...(position.contractSize === undefined ? {} : { contractSize: position.contractSize }),
    ...(position.margin === undefined ? {} : { margin: position.margin }),
    ...(position.walletBalance === undefined ? {} : { walletBalance: position.walletBalance }),
    // The shared table itself (not a copy): core caches a parsed table per array and re-validates it
    // if it was edited, so recomputing while a slider moves does not re-parse the brackets.
    ...(maintenance.kind === 'tiers' || maintenance.kind === 'custom-tiers'
      ? { tiers: tierTableOf(maintenance).tiers as MaintenanceTier[] }
      : {}),
    ...(maintenance.kind === 'fixed'
      ? { maintenanceMarginRate: maintenance.rate, maintenanceAmount: maintenance.amount }
      : {}),
    ...(position.maxLeverage === undefined ? {} : { maxLeverage: position.maxLeverage }),
    ...(position.takerFeeRate === undefined ? {} : { takerFeeRate: position.takerFeeRate }),
    ...(position.otherPositions === undefined ? {} : { otherPositions: position.otherPositions }),
  };
}
