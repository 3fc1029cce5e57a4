import {
  binanceBtcusdtTiers,
  Decimal,
  isInverse,
  type MaintenanceTier,
  type PositionSpec,
} from '@liqlab/core';
import type { ScenarioPosition, TiersPresetId } from './scenario-position-schema';

const TIERS: Record<TiersPresetId, readonly MaintenanceTier[]> = {
  'binance-btcusdt': binanceBtcusdtTiers,
};

/** Linear quantities keep the database's 18 decimals; inverse contracts are whole, as on every exchange. */
const LINEAR_QUANTITY_DECIMALS = 18;

/**
 * The position quantity: as given, or converted from a size in quote currency. Linear: notional / entry
 * (base units); inverse: notional / contract size (contracts). Rounded down, so the converted position
 * is never larger than the size the learner typed.
 */
export function positionQuantity(position: ScenarioPosition): string {
  if (position.size.unit === 'quantity') return position.size.quantity;
  const notional = new Decimal(position.size.notional);
  if (isInverse(position.rules)) {
    // The schema requires contractSize for inverse rules; 1 keeps this total for unchecked input.
    return notional
      .div(position.contractSize ?? '1')
      .toDecimalPlaces(0, Decimal.ROUND_DOWN)
      .toFixed();
  }
  return notional
    .div(position.entryPrice)
    .toDecimalPlaces(LINEAR_QUANTITY_DECIMALS, Decimal.ROUND_DOWN)
    .toFixed();
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
    ...(maintenance.kind === 'tiers' ? { tiers: TIERS[maintenance.preset] as MaintenanceTier[] } : {}),
    ...(maintenance.kind === 'fixed'
      ? { maintenanceMarginRate: maintenance.rate, maintenanceAmount: maintenance.amount }
      : {}),
    ...(position.maxLeverage === undefined ? {} : { maxLeverage: position.maxLeverage }),
    ...(position.takerFeeRate === undefined ? {} : { takerFeeRate: position.takerFeeRate }),
    ...(position.otherPositions === undefined ? {} : { otherPositions: position.otherPositions }),
  };
}
