import type { Decimal } from '../../decimal';
import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import type { MaintenanceTier } from '../../types';
import {
  capField,
  csvSymbolRows,
  decimalField,
  jsonRows,
  rowsForSymbol,
  type SymbolRows,
  tierError,
} from './table-rows';
import type { TableRow } from './tier-table-text';

/**
 * Binance's notional and leverage brackets, as its API returns them:
 *
 * - USDS-M `GET /fapi/v1/leverageBracket`
 *   (https://developers.binance.com/docs/derivatives/usds-margined-futures/account/rest-api/Notional-and-Leverage-Brackets):
 *   `[{ symbol, notionalCoef?, brackets: [{ bracket, initialLeverage, notionalCap, notionalFloor,
 *   maintMarginRatio, cum }] }]`, or one such object when a symbol is sent. Bounds in USDT.
 * - COIN-M `GET /dapi/v2/leverageBracket`
 *   (https://developers.binance.com/docs/derivatives/coin-margined-futures/account/Notional-Bracket-for-Symbol):
 *   the same with `qtyCap` / `qtyFloor` — "upper/lower edge of base asset quantity", i.e. the
 *   position's value in the coin, which is the engine's inverse notional. Binance's own example spells
 *   the floor "qtylFloor"; both spellings are read.
 *
 * Boundary: Binance's portfolio-margin page for the same endpoint calls `notionalFloor` the "Notional
 * threshold of this bracket" (https://developers.binance.com/docs/derivatives/portfolio-margin/account/UM-Notional-and-Leverage-Brackets),
 * so a position reaching the floor is in the bracket: [floor, cap). Binance's announcements write
 * "floor < Position ≤ cap" instead; with Binance's continuous maintenance amounts
 * (cum(n) = floor(n) × (MMR(n) − MMR(n−1)) + cum(n−1)) the maintenance margin at the shared edge is
 * the same in both brackets, so the two readings differ only in which bracket (and max leverage) is
 * named at that one size. The last cap is the largest position the table allows; a table whose last
 * bracket has no cap (a CSV copied from a page that prints the top bracket open) is open-ended.
 *
 * `notionalCoef` (a user-specific multiplier, "only appears when user's symbol bracket is adjusted")
 * is not applied: the brackets listed are read as they are.
 */
export interface BinanceBracketOptions {
  /** Which symbol to read when the response lists several (e.g. BTCUSDT, BTCUSD_PERP). */
  symbol?: string;
}

const FLOOR = ['notionalFloor', 'qtyFloor', 'qtylFloor'] as const;
const CAP = ['notionalCap', 'qtyCap'] as const;

function isErrorBody(value: unknown): value is { code: unknown; msg: unknown } {
  return (
    value !== null && typeof value === 'object' && 'code' in value && 'msg' in value && !('brackets' in value)
  );
}

function hasBrackets(value: unknown): value is { brackets: unknown; symbol?: unknown; pair?: unknown } {
  return value !== null && typeof value === 'object' && 'brackets' in value;
}

/** Reads Binance's JSON response (a list of symbols, one symbol, or a bare list of brackets) into rows. */
export function binanceRowsFromJson(value: unknown): SymbolRows {
  if (isErrorBody(value)) {
    throw new LiquidationError(
      'INVALID_TIERS',
      `Binance returned an error instead of brackets: ${describeInput(value.code)} ${describeInput(value.msg)}.`,
      'table',
    );
  }
  const groups = hasBrackets(value)
    ? [value]
    : Array.isArray(value) && value.every(hasBrackets)
      ? value
      : null;
  if (groups === null) {
    return csvSymbolRows(jsonRows(value, 'brackets', 'the Binance brackets', 'bracket'), 'symbol');
  }
  const symbols = new Map<TableRow, string | undefined>();
  const rows = groups.flatMap((group, g) => {
    const symbol =
      typeof group.symbol === 'string'
        ? group.symbol
        : typeof group.pair === 'string'
          ? group.pair
          : undefined;
    const path = hasBrackets(value) ? 'brackets' : `[${g}].brackets`;
    const what = `the brackets of ${symbol ?? `entry ${g + 1}`}`;
    return jsonRows(group.brackets, path, what, 'bracket', symbol ? ` of ${symbol}` : '').map((row) => {
      symbols.set(row, symbol);
      return row;
    });
  });
  return { rows, symbolOf: (row) => symbols.get(row) };
}

/** Converts Binance brackets (from its JSON, or CSV rows with the same column names) into engine tiers. */
export function binanceTiers(source: SymbolRows, options: BinanceBracketOptions = {}): MaintenanceTier[] {
  const rows = rowsForSymbol(source, options.symbol, 'Binance');
  const byFloor = rows
    .map((row) => ({ row, floor: decimalField(row, FLOOR) }))
    .sort((a, b) => a.floor.comparedTo(b.floor));
  const parsed = byFloor.map(({ row, floor }, i) => ({
    row,
    floor,
    cap: capField(row, CAP, i === byFloor.length - 1),
    rate: decimalField(row, 'maintMarginRatio'),
    cum: decimalField(row, 'cum'),
    leverage: decimalField(row, 'initialLeverage'),
  }));
  let previousCap: Decimal | null | undefined;
  for (const { row, floor, cap, rate, leverage } of parsed) {
    const floorKey = FLOOR.find((k) => row.values[k] !== undefined) ?? FLOOR[0];
    // Only the last bracket may be open (capField), so a previous cap is never null here.
    if (previousCap === undefined ? !floor.isZero() : !floor.eq(previousCap!)) {
      throw tierError(
        row,
        floorKey,
        previousCap === undefined
          ? `the lowest bracket must start at 0, got ${floorKey} ${floor}.`
          : `${floorKey} ${floor} should equal the previous bracket's cap ${previousCap} (brackets must not overlap or leave a gap).`,
      );
    }
    if (cap?.lte(floor)) {
      const capKey = CAP.find((k) => row.values[k] !== undefined) ?? CAP[0];
      throw tierError(row, capKey, `${capKey} ${cap} must be above ${floorKey} ${floor}.`);
    }
    if (rate.gte(1))
      throw tierError(row, 'maintMarginRatio', `maintMarginRatio must be below 1, got ${rate}.`);
    if (leverage.lte(0))
      throw tierError(row, 'initialLeverage', `initialLeverage must be above 0, got ${leverage}.`);
    previousCap = cap;
  }
  return parsed.map(({ floor, cap, rate, cum, leverage }) => ({
    notionalFloor: floor.toString(),
    ...(cap === null ? {} : { notionalCap: cap.toString() }),
    maintenanceMarginRate: rate.toString(),
    maintenanceAmount: cum.toString(),
    maxLeverage: leverage.toString(),
  }));
}
