import { LiquidationError } from '../../errors';

/** One row of a pasted table: a JSON object as the venue returns it, or a CSV line keyed by its header. */
export interface TableRow {
  readonly values: Readonly<Record<string, unknown>>;
  /** How a message names the row: "row 3" (JSON) or "row 3 (line 4)" (CSV). */
  readonly label: string;
  /** Dotted path for the error's `field`: `data[2]` (JSON, in the venue's envelope) or `rows[2]` (CSV). */
  readonly path: string;
}

/** Upper bound on pasted text, so a paste or upload cannot exhaust memory: real tables are a few kB. */
const MAX_TEXT_LENGTH = 1_000_000;

function fail(message: string, field = 'table'): never {
  throw new LiquidationError('INVALID_TIERS', message, field);
}

/**
 * Reads a pasted or uploaded tier table: JSON (recognised by its first character, `{` or `[`) is
 * parsed as is and handed to the venue's reader with its envelope; anything else is read as CSV with
 * a header row naming the venue's own fields, and comes back as rows.
 */
export function readTierTableText(
  text: unknown,
): { kind: 'json'; value: unknown } | { kind: 'csv'; rows: TableRow[] } {
  if (typeof text !== 'string' || text.trim() === '') {
    fail("The tier table is empty: paste the venue's JSON response or a CSV with a header row.");
  }
  if (text.length > MAX_TEXT_LENGTH) {
    fail(`The tier table is ${text.length} characters long; at most ${MAX_TEXT_LENGTH} are read.`);
  }
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('{') || body.startsWith('[')) {
    try {
      return { kind: 'json', value: JSON.parse(body) };
    } catch (error) {
      fail(`The tier table looks like JSON but does not parse: ${(error as Error).message}.`);
    }
  }
  return { kind: 'csv', rows: csvRows(body) };
}

/** RFC 4180 cells: commas separate, double quotes enclose (a cell may then hold commas), "" escapes a quote. */
function splitCsvLine(line: string, lineNumber: number): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  if (quoted) fail(`Line ${lineNumber}: a quoted cell is not closed.`);
  cells.push(cell.trim());
  return cells;
}

function csvRows(body: string): TableRow[] {
  const lines = body.split(/\r?\n/);
  const header = splitCsvLine(lines[0]!, 1);
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') fail('Line 1: the header has an empty column name.');
    if (seen.has(name)) fail(`Line 1: the header names "${name}" twice.`);
    seen.add(name);
  }
  const rows: TableRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    const cells = splitCsvLine(lines[i]!, i + 1);
    const label = `row ${rows.length + 1} (line ${i + 1})`;
    if (cells.length !== header.length) {
      fail(
        `${capitalise(label)}: ${cells.length} cells under a header of ${header.length} (${header.join(', ')}).`,
        `rows[${rows.length}]`,
      );
    }
    const values: Record<string, string> = {};
    header.forEach((name, k) => {
      values[name] = cells[k]!;
    });
    rows.push({ values, label, path: `rows[${rows.length}]` });
  }
  if (rows.length === 0) fail('The CSV has a header but no rows.');
  return rows;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
