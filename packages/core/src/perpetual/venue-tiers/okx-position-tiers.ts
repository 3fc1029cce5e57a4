import { type Decimal, toPositiveDecimal } from '../../decimal';
import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import type { MaintenanceTier } from '../../types';
import {
  capField,
  decimalField,
  jsonRows,
  rowsForSymbol,
  type SymbolRows,
  textField,
  tierError,
} from './table-rows';
import type { TableRow } from './tier-table-text';

/**
 * OKX's position tiers, as `GET /api/v5/public/position-tiers` returns them
 * (https://www.okx.com/docs-v5/en/#public-data-rest-api-get-position-tiers):
 * `{ "code": "0", "msg": "", "data": [{ uly, instFamily, instId, tier, minSz, maxSz, mmr, imr,
 * maxLever, … }] }`. For perpetual swaps and futures `minSz`/`maxSz` are the position size in
 * contracts, `mmr` the maintenance margin rate; OKX has no maintenance deduction.
 *
 * Boundary: OKX publishes each tier as a closed range of whole contracts whose minimum is the previous
 * maximum plus one, e.g. ETHUSDT tier 1 "0 – 3,000", tier 2 "3,001 – 6,000" (Min./Max. amount (Cont),
 * "OKEx position tiers to be adjusted", 2021-06-11,
 * https://support.okexcn.com/hc/en-us/articles/4402607424781-OKEx-position-tiers-to-be-adjusted).
 * For whole contracts that is exactly "the tier whose minimum is the highest at or below the size";
 * OKX does not say where a fractional size between 3,000 and 3,001 falls, and the engine applies the
 * same rule (tier 1), so each tier is [minSz, next minSz) and the last one ends at its maxSz, included
 * — or has no end when the highest row leaves maxSz empty (a table copied from a page).
 *
 * The bounds are contracts, and the engine's linear quantity is in base units: they are converted
 * with the contract's face value (`ctVal` in `GET /api/v5/public/instruments`), and the tiers are
 * bounded in quantity (`boundsIn: 'quantity'`) — OKX tiers by size, not by notional.
 */
export interface OkxTierOptions {
  /** The contract's face value in base units (`ctVal`): OKX bounds are in contracts. */
  contractSize: string;
  /** Which instrument family / instrument to read when the response lists several. */
  symbol?: string;
}

function okxSymbol(row: TableRow): string | undefined {
  return textField(row, 'instFamily') ?? textField(row, 'uly') ?? textField(row, 'instId');
}

/** Reads OKX's JSON response (with its `{code, msg, data}` envelope, or the bare `data` list) into rows. */
export function okxRowsFromJson(value: unknown): SymbolRows {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const envelope = value as { code?: unknown; msg?: unknown; data?: unknown };
    if (envelope.code !== undefined && String(envelope.code) !== '0') {
      throw new LiquidationError(
        'INVALID_TIERS',
        `OKX returned error ${describeInput(envelope.code)} instead of position tiers: ${describeInput(envelope.msg ?? '')}.`,
        'code',
      );
    }
    if (!('data' in envelope)) {
      throw new LiquidationError(
        'INVALID_TIERS',
        'The OKX response has no "data" list: paste the whole response of /api/v5/public/position-tiers.',
        'data',
      );
    }
    return { rows: jsonRows(envelope.data, 'data', 'the OKX position tiers'), symbolOf: okxSymbol };
  }
  return { rows: jsonRows(value, 'data', 'the OKX position tiers'), symbolOf: okxSymbol };
}

/** CSV rows with OKX's field names; the instrument, if given, in an instFamily, uly or instId column. */
export function okxRowsFromCsv(rows: readonly TableRow[]): SymbolRows {
  return { rows, symbolOf: okxSymbol };
}

/** Converts OKX position tiers into engine tiers bounded in base-unit quantity. */
export function okxTiers(source: SymbolRows, options: OkxTierOptions): MaintenanceTier[] {
  const contractSize = toPositiveDecimal(options?.contractSize, 'contractSize');
  const rows = rowsForSymbol(source, options.symbol, 'OKX');
  const byMin = rows
    .map((row) => ({ row, min: decimalField(row, 'minSz') }))
    .sort((a, b) => a.min.comparedTo(b.min));
  const parsed = byMin.map(({ row, min }, i) => ({
    row,
    min,
    max: capField(row, 'maxSz', i === byMin.length - 1),
    rate: decimalField(row, 'mmr'),
    leverage: decimalField(row, 'maxLever'),
  }));
  let previousMax: Decimal | null | undefined;
  for (const { row, min, max, rate, leverage } of parsed) {
    if (previousMax === undefined) {
      if (!min.isZero())
        throw tierError(row, 'minSz', `the lowest tier must start at 0 contracts, got minSz ${min}.`);
    } else if (previousMax === null) {
      // capField lets only the highest tier go without maxSz; nothing sorts after it.
      throw tierError(row, 'minSz', 'a tier follows the open-ended one.');
    } else if (min.lte(previousMax)) {
      throw tierError(
        row,
        'minSz',
        `minSz ${min} overlaps the previous tier, which runs to maxSz ${previousMax}.`,
      );
    } else if (min.gt(previousMax.plus(1))) {
      throw tierError(
        row,
        'minSz',
        `minSz ${min} leaves a gap after the previous tier's maxSz ${previousMax}: OKX starts each tier one contract above the previous maximum (${previousMax.plus(1)}).`,
      );
    }
    if (max?.lte(min)) throw tierError(row, 'maxSz', `maxSz ${max} must be above minSz ${min}.`);
    if (rate.gte(1)) throw tierError(row, 'mmr', `mmr must be below 1, got ${rate}.`);
    if (leverage.lte(0)) throw tierError(row, 'maxLever', `maxLever must be above 0, got ${leverage}.`);
    previousMax = max;
  }
  return parsed.map(({ min, max, rate, leverage }, i) => {
    const next = parsed[i + 1];
    const cap = next === undefined ? max : next.min;
    return {
      notionalFloor: min.times(contractSize).toString(),
      ...(cap === null ? {} : { notionalCap: cap.times(contractSize).toString() }),
      maintenanceMarginRate: rate.toString(),
      maintenanceAmount: '0',
      maxLeverage: leverage.toString(),
      boundsIn: 'quantity' as const,
    };
  });
}
