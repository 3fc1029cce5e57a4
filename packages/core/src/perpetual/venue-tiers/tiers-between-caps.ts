import { Decimal } from '../../decimal';
import type { MaintenanceTier } from '../../types';
import { capField, capOrOpen, tierError } from './table-rows';
import type { TableRow } from './tier-table-text';

/** A row of a table that publishes only a cap per tier, with the floor the tier gets from it. */
export interface RowBetweenCaps {
  readonly row: TableRow;
  /** The previous tier's cap (0 for the first): a value equal to it belongs to the tier below. */
  readonly floor: Decimal;
  /** null on an open-ended last tier. */
  readonly cap: Decimal | null;
}

/**
 * Bybit's and Gate's risk-limit tables publish one limit per tier — the largest position value the
 * tier holds — and each venue puts a value equal to a limit in that tier (see their readers for the
 * quotes), so a tier runs from the previous limit, excluded, to its own, included. Orders the rows by
 * limit (a tier without one is open-ended and last; capField refuses it anywhere else), refuses a limit
 * not above the one before it, and gives each row its floor.
 */
export function rowsBetweenCaps(rows: readonly TableRow[], capKey: string): RowBetweenCaps[] {
  const capped = rows.map((row) => ({ row, cap: capOrOpen(row, capKey) }));
  capped.sort((a, b) => (a.cap === null ? 1 : b.cap === null ? -1 : a.cap.comparedTo(b.cap)));
  for (const [i, { row }] of capped.entries()) capField(row, capKey, i === capped.length - 1);
  let floor = new Decimal(0);
  return capped.map(({ row, cap }, i) => {
    if (cap?.lte(floor)) {
      throw tierError(
        row,
        capKey,
        i === 0
          ? `${capKey} must be above 0, got ${cap}.`
          : `${capKey} ${cap} repeats the previous tier's limit; each tier needs a higher one.`,
      );
    }
    const between = { row, floor, cap };
    // Only the last tier may be open (null), and no tier follows it to read this floor.
    floor = cap ?? floor;
    return between;
  });
}

/** The engine tier for a row between two limits: the limit included, as both venues publish it. */
export function tierUpToCap(
  { floor, cap }: RowBetweenCaps,
  figures: { rate: Decimal; amount: Decimal; leverage: Decimal },
): MaintenanceTier {
  return {
    notionalFloor: floor.toString(),
    ...(cap === null ? {} : { notionalCap: cap.toString() }),
    maintenanceMarginRate: figures.rate.toString(),
    maintenanceAmount: figures.amount.toString(),
    maxLeverage: figures.leverage.toString(),
    includes: 'cap',
  };
}
