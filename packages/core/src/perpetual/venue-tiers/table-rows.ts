import { type Decimal, toDecimal } from '../../decimal';
import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import { capitalise, type TableRow } from './tier-table-text';

/** A venue's rows with the instrument each belongs to (a response may list several instruments). */
export interface SymbolRows {
  readonly rows: readonly TableRow[];
  readonly symbolOf: (row: TableRow) => string | undefined;
}

/** CSV rows: the instrument, if any, is in the column `symbolColumn`. */
export function csvSymbolRows(rows: readonly TableRow[], symbolColumn: string): SymbolRows {
  return { rows, symbolOf: (row) => textField(row, symbolColumn) };
}

/** A venue's rows as JSON objects, each named by its place in the venue's own response. */
export function jsonRows(value: unknown, path: string, what: string, noun = 'row', of = ''): TableRow[] {
  if (!Array.isArray(value)) {
    throw new LiquidationError(
      'INVALID_TIERS',
      `${what} must be a list of tiers, got ${describeInput(value)}.`,
      path,
    );
  }
  if (value.length === 0) {
    throw new LiquidationError('INVALID_TIERS', `${what} lists no tiers.`, path);
  }
  return value.map((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new LiquidationError(
        'INVALID_TIERS',
        `${capitalise(noun)} ${i + 1} of ${what} must be an object, got ${describeInput(row)}.`,
        `${path}[${i}]`,
      );
    }
    return { values: row as Record<string, unknown>, label: `${noun} ${i + 1}${of}`, path: `${path}[${i}]` };
  });
}

// Exchange web pages print thousands separators ("50,000"); a pasted CSV may keep them, quoted.
const GROUPED = /^[+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** The first of `keys` the row has (venues renamed some fields; Binance's own COIN-M example spells one "qtylFloor"). */
function keyIn(row: TableRow, keys: readonly string[]): string | undefined {
  return keys.find((key) => row.values[key] !== undefined && row.values[key] !== null);
}

/**
 * A number from the row, in the venue's units, with a message that names the row and the field.
 * `emptyAs` stands in for a field the venue leaves empty or out (Bybit's mmDeduction is "" on tables
 * without a deduction); without it the field is required.
 */
export function decimalField(
  row: TableRow,
  keys: string | readonly string[],
  options: { emptyAs?: Decimal; nonNegative?: boolean } = {},
): Decimal {
  const names = typeof keys === 'string' ? [keys] : keys;
  const key = keyIn(row, names);
  const raw = key === undefined ? undefined : row.values[key];
  const field = `${row.path}.${key ?? names[0]}`;
  const where = `${capitalise(row.label)}: ${key ?? names.join(' or ')}`;
  if (raw === undefined || raw === null || raw === '') {
    if (options.emptyAs !== undefined) return options.emptyAs;
    throw new LiquidationError('MISSING_FIELD', `${where} is missing.`, field);
  }
  const text = typeof raw === 'string' && GROUPED.test(raw.trim()) ? raw.trim().replaceAll(',', '') : raw;
  let value: Decimal;
  try {
    value = toDecimal(text as never, field);
  } catch {
    const hint =
      typeof raw === 'string' && raw.trim().endsWith('%')
        ? ' Give rates as the API does, as fractions (0.004, not 0.40%).'
        : '';
    throw new LiquidationError(
      'INVALID_NUMBER',
      `${where} must be a decimal number, got ${describeInput(raw)}.${hint}`,
      field,
    );
  }
  if ((options.nonNegative ?? true) && value.isNegative() && !value.isZero()) {
    throw new LiquidationError('NEGATIVE_VALUE', `${where} must not be negative, got ${value}.`, field);
  }
  return value;
}

/** A tier's upper bound, or null when the row leaves it empty or out (an open-ended tier). */
export function capOrOpen(row: TableRow, keys: string | readonly string[]): Decimal | null {
  const names = typeof keys === 'string' ? [keys] : keys;
  const key = keyIn(row, names);
  const raw = key === undefined ? undefined : row.values[key];
  const blank = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
  return blank ? null : decimalField(row, names);
}

/**
 * A tier's upper bound, or null when it is left out: an open-ended tier, allowed for the highest one
 * only (Hyperliquid's ">150M"; many venues' pages print the top tier without a cap). `isLast` says
 * whether this row is the highest; any other row without a bound is refused.
 */
export function capField(row: TableRow, keys: string | readonly string[], isLast: boolean): Decimal | null {
  const cap = capOrOpen(row, keys);
  if (cap !== null || isLast) return cap;
  const names = typeof keys === 'string' ? [keys] : keys;
  const key = keyIn(row, names) ?? names[0]!;
  throw new LiquidationError(
    'MISSING_FIELD',
    `${capitalise(row.label)}: ${key} is missing; only the highest tier may be left open-ended.`,
    `${row.path}.${key}`,
  );
}

/** A text field (symbol, instrument), or undefined when the row has none. */
export function textField(row: TableRow, key: string): string | undefined {
  const raw = row.values[key];
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
}

export function tierError(row: TableRow, key: string, message: string): LiquidationError {
  return new LiquidationError('INVALID_TIERS', `${capitalise(row.label)}: ${message}`, `${row.path}.${key}`);
}

/**
 * Keeps the rows of one instrument when a response lists several (Bybit returns a page of symbols;
 * Binance, every symbol when none is asked for). A single instrument needs no choice; several need
 * `symbol`, and the message lists what the table holds.
 */
export function rowsForSymbol(
  { rows, symbolOf }: SymbolRows,
  symbol: string | undefined,
  venue: string,
): TableRow[] {
  const symbols = [...new Set(rows.map(symbolOf).filter((s): s is string => s !== undefined))];
  if (symbol === undefined) {
    if (symbols.length > 1) {
      throw new LiquidationError(
        'INVALID_ARGUMENT',
        `The ${venue} table holds ${symbols.length} instruments (${listed(symbols)}); choose one with symbol.`,
        'symbol',
      );
    }
    return [...rows];
  }
  const kept = rows.filter((row) => symbolOf(row) === symbol);
  if (kept.length === 0) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `The ${venue} table has no tiers for ${describeInput(symbol)}${symbols.length > 0 ? `; it holds ${listed(symbols)}` : ''}.`,
      'symbol',
    );
  }
  return kept;
}

function listed(symbols: readonly string[]): string {
  return symbols.length > 6 ? `${symbols.slice(0, 6).join(', ')}, …` : symbols.join(', ');
}
