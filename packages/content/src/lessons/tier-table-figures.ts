import {
  type Decimal,
  liquidationPrice,
  type MaintenanceTier,
  maintenanceTierFor,
  type PositionSpec,
  positionMargin,
  type Rules,
  type Side,
  type TIER_SNAPSHOTS,
  TIER_TABLE_NAMES,
  tierSnapshotNamed,
  toDecimal,
} from '@liqlab/core';

export type TierSnapshot = (typeof TIER_SNAPSHOTS)[number];

/**
 * The bundled table a widget's `tiersPreset` names, by core's one name-to-snapshot mapping (the same
 * the sandbox and saved scenarios use). Lesson 13 prints it through <TierTable> and
 * <TierLiquidationTable>; its explorer, its tier quiz question and its inline check read the same table.
 */
export function tierTable(name: string): TierSnapshot {
  const snapshot = tierSnapshotNamed(name);
  if (!snapshot) throw new Error(`Unknown tier table "${name}"; known: ${TIER_TABLE_NAMES.join(', ')}`);
  return snapshot;
}

export interface TierRow {
  notionalFloor: Decimal;
  /** null: the last tier is open-ended. */
  notionalCap: Decimal | null;
  maxLeverage: Decimal | null;
  maintenanceMarginRate: Decimal;
  maintenanceAmount: Decimal;
}

function rowOf(tier: MaintenanceTier): TierRow {
  return {
    notionalFloor: toDecimal(tier.notionalFloor, 'notionalFloor'),
    notionalCap:
      tier.notionalCap === undefined || tier.notionalCap === null
        ? null
        : toDecimal(tier.notionalCap, 'notionalCap'),
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
