import {
  type Decimal,
  liquidationPrice,
  type MaintenanceTier,
  maintenanceTierFor,
  type PositionSpec,
  positionMargin,
  type Rules,
  type Side,
  TIER_SNAPSHOTS,
  toDecimal,
} from '@liqlab/core';

export type TierSnapshot = (typeof TIER_SNAPSHOTS)[number];

/**
 * The widgets' tier-table names (`tiersPreset`) and core's dated snapshot each one is. Lesson 5 prints
 * the table through <TierTable> and <TierLiquidationTable>; its explorer and the
 * `tiered-maintenance-margin` quiz read the same core table: one table, three readers.
 */
const SNAPSHOT_OF = { 'binance-btcusdt': 'binance-btcusdt-2021-03-18' } as const;

export function tierTable(name: string): TierSnapshot {
  const id = SNAPSHOT_OF[name as keyof typeof SNAPSHOT_OF];
  const snapshot = TIER_SNAPSHOTS.find((s) => s.id === id);
  if (!snapshot) {
    throw new Error(`Unknown tier table "${name}"; known: ${Object.keys(SNAPSHOT_OF).join(', ')}`);
  }
  return snapshot;
}

export interface TierRow {
  notionalFloor: Decimal;
  notionalCap: Decimal;
  maxLeverage: Decimal | null;
  maintenanceMarginRate: Decimal;
  maintenanceAmount: Decimal;
}

function rowOf(tier: MaintenanceTier): TierRow {
  return {
    notionalFloor: toDecimal(tier.notionalFloor, 'notionalFloor'),
    notionalCap: toDecimal(tier.notionalCap, 'notionalCap'),
    maxLeverage: tier.maxLeverage === undefined ? null : toDecimal(tier.maxLeverage, 'maxLeverage'),
    maintenanceMarginRate: toDecimal(tier.maintenanceMarginRate, 'maintenanceMarginRate'),
    maintenanceAmount: toDecimal(tier.maintenanceAmount, 'maintenanceAmount'),
  };
}

/** The rows of a tier table as a lesson prints them. */
export function tierTableRows(name: string): TierRow[] {
  return tierTable(name).tiers.map(rowOf);
}

export interface TierLiquidationInputs {
  tiersPreset: string;
  rules: Rules;
  side: Side;
  entryPrice: string;
  leverage: string;
  /** The position sizes, one row each. */
  quantities: string[];
}

export interface TierLiquidationRow {
  quantity: Decimal;
  notional: Decimal;
  margin: Decimal;
  liquidation: Decimal | null;
  /** The bracket that applies at the liquidation price (the engine solves across brackets). */
  tier: TierRow | null;
}

/** Same leverage, growing size: each position's isolated margin, bracket and liquidation price. */
export function tierLiquidationRows(inputs: TierLiquidationInputs): TierLiquidationRow[] {
  const { tiers } = tierTable(inputs.tiersPreset);
  return inputs.quantities.map((quantity) => {
    const spec: PositionSpec = {
      rules: inputs.rules,
      side: inputs.side,
      marginMode: 'isolated',
      entryPrice: inputs.entryPrice,
      quantity,
      leverage: inputs.leverage,
      tiers: [...tiers],
    };
    const q = toDecimal(quantity, 'quantity');
    const liquidation = liquidationPrice(spec);
    return {
      quantity: q,
      notional: q.times(toDecimal(inputs.entryPrice, 'entryPrice')),
      margin: positionMargin(spec),
      liquidation,
      tier: liquidation === null ? null : rowOf(maintenanceTierFor([...tiers], q.times(liquidation))),
    };
  });
}
