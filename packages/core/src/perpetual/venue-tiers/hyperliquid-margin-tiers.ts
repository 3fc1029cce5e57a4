import { Decimal } from '../../decimal';
import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import type { MaintenanceTier } from '../../types';
import { decimalField, jsonRows, type SymbolRows, tierError } from './table-rows';
import type { TableRow } from './tier-table-text';

const ONE = new Decimal(1);

/**
 * Hyperliquid's margin tiers, as the info endpoint returns a margin table
 * (`POST /info {"type": "marginTable", "id": …}`, also inline in `meta.marginTables`):
 * `{ "description": "tiered 40x", "marginTiers": [{ "lowerBound": "0", "maxLeverage": 40 },
 * { "lowerBound": "150000000", "maxLeverage": 20 }] }` — or a CSV with lowerBound and maxLeverage
 * columns. Bounds are the position's notional in USDC; each tier has only a lower bound, so the last
 * one is open-ended.
 *
 * Rates: "maintenance_margin_rate(tier = n) = (Initial Margin Rate at Maximum leverage at tier n) / 2",
 * i.e. 1 / (2 × maxLeverage), and "maintenance_deduction(tier = n) = maintenance_deduction(tier = n − 1)
 * + notional_position_lower_bound(tier = n) × (maintenance_margin_rate(tier = n) −
 * maintenance_margin_rate(tier = n − 1))" (Hyperliquid docs, Trading › Margin tiers,
 * https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers). A rate such as 1/30 (15x)
 * has no finite decimal: it is carried at the engine's 40 significant digits.
 *
 * Boundary: the docs print the tiers as "0-150M" and ">150M", so a notional equal to a lower bound
 * still belongs to the tier below: (previous bound, bound]. The deduction keeps the requirement
 * continuous, so the two readings differ only in the max leverage named at that one size.
 */
export function hyperliquidRowsFromJson(value: unknown): SymbolRows {
  const table =
    value !== null && typeof value === 'object' && !Array.isArray(value) && 'marginTiers' in value
      ? (value as { marginTiers: unknown }).marginTiers
      : value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && table === value) {
    throw new LiquidationError(
      'INVALID_TIERS',
      `The Hyperliquid margin table has no "marginTiers" list, got ${describeInput(value)}: paste the response of {"type": "marginTable"}.`,
      'marginTiers',
    );
  }
  return {
    rows: jsonRows(table, 'marginTiers', 'the Hyperliquid margin tiers', 'tier'),
    symbolOf: () => undefined,
  };
}

export function hyperliquidRowsFromCsv(rows: readonly TableRow[]): SymbolRows {
  return { rows, symbolOf: () => undefined };
}

/** One tier of a Hyperliquid margin table, as the venue publishes it. */
export interface HyperliquidMarginTier {
  readonly lowerBound: string;
  readonly maxLeverage: string | number;
}

/**
 * Engine tiers for a margin table kept as Hyperliquid publishes it (lower bound and max leverage per
 * tier). The table is carried in that shape wherever it is stored, because its rates, 1 / (2 × max
 * leverage), and the deductions built from them often have no finite decimal (15x: 1/30): they are
 * derived here, at the engine's precision, every time the table is used.
 */
export function hyperliquidMarginTableTiers(
  marginTiers: readonly HyperliquidMarginTier[],
): MaintenanceTier[] {
  return hyperliquidTiers(hyperliquidRowsFromJson({ marginTiers }));
}

/** Converts Hyperliquid margin tiers into engine tiers: MMR and deduction from the docs' rule, last tier open. */
export function hyperliquidTiers(source: SymbolRows): MaintenanceTier[] {
  const parsed = source.rows
    .map((row) => ({
      row,
      lower: decimalField(row, 'lowerBound'),
      leverage: decimalField(row, 'maxLeverage'),
    }))
    .sort((a, b) => a.lower.comparedTo(b.lower));
  let previousRate = new Decimal(0);
  let deduction = new Decimal(0);
  return parsed.map(({ row, lower, leverage }, i) => {
    if (i === 0 && !lower.isZero()) {
      throw tierError(row, 'lowerBound', `the lowest tier must start at 0, got lowerBound ${lower}.`);
    }
    if (i > 0 && lower.eq(parsed[i - 1]!.lower)) {
      throw tierError(
        row,
        'lowerBound',
        `lowerBound ${lower} repeats the previous tier's; each tier needs a higher one.`,
      );
    }
    if (leverage.lt(1)) {
      throw tierError(row, 'maxLeverage', `maxLeverage must be at least 1, got ${leverage}.`);
    }
    const rate = ONE.div(leverage.times(2));
    if (i > 0) deduction = deduction.plus(lower.times(rate.minus(previousRate)));
    previousRate = rate;
    const next = parsed[i + 1];
    return {
      notionalFloor: lower.toString(),
      ...(next === undefined ? {} : { notionalCap: next.lower.toString() }),
      maintenanceMarginRate: rate.toString(),
      maintenanceAmount: deduction.toString(),
      maxLeverage: leverage.toString(),
      includes: 'cap' as const,
    };
  });
}
