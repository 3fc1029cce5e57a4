import { Decimal } from '../../decimal';
import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import type { MarginMode, Rules, Side } from '../../types';
import { capitalise, type TableRow } from '../venue-tiers/tier-table-text';

/**
 * A position as a venue's API reports it, converted into the engine's terms (decimal strings, base
 * units), with the venue's own figures kept beside it so the page can set them against the engine's.
 */
export interface VenuePosition {
  readonly venue: 'binance' | 'okx';
  readonly rules: Rules;
  readonly symbol: string;
  readonly side: Side;
  readonly marginMode: MarginMode;
  /** Base units (OKX: contracts × face value). */
  readonly quantity: string;
  readonly entryPrice: string;
  readonly leverage: string;
  /** Isolated: the collateral the formula calls wallet balance / margin (absent for cross). */
  readonly margin?: string;
  readonly markPrice?: string;
  /** OKX reports the last traded price too; Binance's position report does not. */
  readonly lastPrice?: string;
  /** The venue's own estimate, or null where it reports none ("0" or ""). */
  readonly venueLiquidationPrice: string | null;
}

/** Longer pastes are refused unread: a positions response is a few kB. */
const MAX_TEXT_LENGTH = 200_000;

export function positionError(message: string, field = 'position'): LiquidationError {
  return new LiquidationError('INVALID_ARGUMENT', message, field);
}

/** Parses the pasted response as JSON, with a message a learner can act on. */
export function readPositionJson(text: unknown, venueName: string, endpoint: string): unknown {
  if (typeof text !== 'string' || text.trim() === '') {
    throw positionError(`The position is empty: paste the JSON ${venueName} returns from ${endpoint}.`);
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw positionError(
      `The pasted text is ${text.length} characters long; at most ${MAX_TEXT_LENGTH} are read.`,
    );
  }
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body.startsWith('{') && !body.startsWith('[')) {
    throw positionError(
      `This is not JSON: paste the response of ${endpoint} as ${venueName} returns it (it starts with { or [).`,
    );
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    throw positionError(`The pasted JSON does not parse: ${(error as Error).message}.`);
  }
}

/** The response's entries as rows named "position 2" (field paths like `data[1].avgPx`). */
export function positionRows(value: unknown, path: string, venueName: string): TableRow[] {
  if (!Array.isArray(value)) {
    throw positionError(
      `The ${venueName} response must hold a list of positions, got ${describeInput(value)}.`,
      path,
    );
  }
  return value.map((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw positionError(
        `Position ${i + 1} of the ${venueName} response must be an object, got ${describeInput(row)}.`,
        `${path}[${i}]`,
      );
    }
    return { values: row as Record<string, unknown>, label: `position ${i + 1}`, path: `${path}[${i}]` };
  });
}

/** A required text field (side, margin mode, symbol). */
export function requiredText(row: TableRow, key: string): string {
  const raw = row.values[key];
  if (typeof raw !== 'string' || raw === '') {
    throw new LiquidationError(
      'MISSING_FIELD',
      `${capitalise(row.label)}: ${key} is missing.`,
      `${row.path}.${key}`,
    );
  }
  return raw;
}

/** Picks the one open position to explain: by symbol when several are open. */
export function chooseOpen(
  open: readonly { row: TableRow; symbol: string }[],
  symbol: string | undefined,
  venueName: string,
): TableRow {
  const symbols = open.map((p) => p.symbol);
  if (open.length === 0) {
    throw positionError(`The ${venueName} response holds no open position (every size is zero).`);
  }
  if (symbol !== undefined && symbol !== '') {
    const found = open.filter((p) => p.symbol === symbol);
    if (found.length === 0) {
      throw positionError(
        `The ${venueName} response has no open position in ${describeInput(symbol)}; it holds ${symbols.join(', ')}.`,
        'symbol',
      );
    }
    if (found.length > 1) {
      throw positionError(
        `The ${venueName} response holds ${found.length} open positions in ${symbol} (a long and a short in hedge mode); paste only the one to explain.`,
        'symbol',
      );
    }
    return found[0]!.row;
  }
  if (open.length > 1) {
    throw positionError(
      `The ${venueName} response holds ${open.length} open positions (${symbols.join(', ')}); choose one by its symbol.`,
      'symbol',
    );
  }
  return open[0]!.row;
}

/** "0" and "" mean "no estimate" in both venues' reports. */
export function venuePriceOrNull(value: Decimal | undefined): string | null {
  return value === undefined || value.isZero() ? null : value.toFixed();
}

export const ZERO = new Decimal(0);
