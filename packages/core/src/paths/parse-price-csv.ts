import { LiquidationError } from '../errors';
import type { PricePath } from './price-path';

export interface ParsePriceCsvOptions {
  /** Upper bound on data rows, so an upload cannot exhaust memory (default 100 000). */
  maxTicks?: number;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const EPOCH_MS = /^\d{1,15}$/;
// Date-only or date-time with optional seconds, fraction and zone: the subset of ISO 8601 that Date.parse reads identically everywhere.
const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function fail(line: number, message: string): never {
  throw new LiquidationError('INVALID_PRICE_PATH', `Line ${line}: ${message}`, 'csv');
}

function parseTime(cell: string, line: number): number {
  if (EPOCH_MS.test(cell)) return Number(cell);
  if (ISO.test(cell)) {
    // A date-time without a zone is read as UTC, not the machine's local time, so results do not depend on where the code runs.
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(cell) && cell.length > 10;
    const text = cell.length > 10 && !hasZone ? `${cell.replace(' ', 'T')}Z` : cell.replace(' ', 'T');
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) return ms;
  }
  return fail(line, `"${cell.slice(0, 40)}" is not a timestamp (use ISO 8601 or epoch milliseconds).`);
}

function parsePrice(cell: string, column: string, line: number): number {
  const value = DECIMAL.test(cell) ? Number(cell) : Number.NaN;
  if (!Number.isFinite(value) || value <= 0) {
    fail(line, `${column} must be a positive number, got "${cell.slice(0, 40)}".`);
  }
  return value;
}

/**
 * Reads an uploaded price history: a header, then `timestamp,price` or `timestamp,mark,last` rows.
 * Timestamps are ISO 8601 (UTC when no zone is given) or epoch milliseconds; time must increase
 * strictly. Blank lines are ignored; every error names its 1-based line.
 */
export function parsePriceCsv(text: string, options: ParsePriceCsvOptions = {}): PricePath {
  const maxTicks = options.maxTicks ?? 100_000;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let headerLine = 0;
  while (headerLine < lines.length && lines[headerLine]!.trim() === '') headerLine++;
  if (headerLine === lines.length)
    fail(1, 'the file is empty; expected a header "timestamp,price" or "timestamp,mark,last".');

  const header = lines[headerLine]!.split(',').map((h) => h.trim().toLowerCase());
  const [timeColumn, ...priceColumns] = header;
  const withLast = priceColumns.length === 2 && priceColumns[0] === 'mark' && priceColumns[1] === 'last';
  const single = priceColumns.length === 1 && (priceColumns[0] === 'price' || priceColumns[0] === 'mark');
  if (!(timeColumn === 'timestamp' || timeColumn === 'time') || !(withLast || single)) {
    fail(
      headerLine + 1,
      `expected a header "timestamp,price" or "timestamp,mark,last", got "${lines[headerLine]!.trim().slice(0, 60)}".`,
    );
  }

  const t: number[] = [];
  const mark: number[] = [];
  const last: number[] = [];
  for (let i = headerLine + 1; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const lineNo = i + 1;
    if (t.length >= maxTicks) fail(lineNo, `too many rows; at most ${maxTicks} ticks are accepted.`);
    const cells = raw.split(',').map((c) => c.trim());
    if (cells.length !== header.length)
      fail(lineNo, `expected ${header.length} columns, got ${cells.length}.`);
    const time = parseTime(cells[0]!, lineNo);
    const previous = t[t.length - 1];
    if (previous !== undefined && time <= previous) {
      fail(lineNo, `time must increase strictly; ${cells[0]} is not after the previous row.`);
    }
    t.push(time);
    mark.push(parsePrice(cells[1]!, withLast ? 'mark' : priceColumns[0]!, lineNo));
    if (withLast) last.push(parsePrice(cells[2]!, 'last', lineNo));
  }
  if (t.length < 2) fail(lines.length, 'a price path needs at least two rows after the header.');
  const path: PricePath = { t: Float64Array.from(t), mark: Float64Array.from(mark) };
  if (withLast) path.last = Float64Array.from(last);
  return path;
}
