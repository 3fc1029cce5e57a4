import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import type { MaintenanceTier } from '../../types';
import { normalizeTiers } from '../maintenance-tiers';
import { type BinanceBracketOptions, binanceRowsFromJson, binanceTiers } from './binance-leverage-brackets';
import {
  type BybitRiskLimitOptions,
  bybitRowsFromCsv,
  bybitRowsFromJson,
  bybitTiers,
} from './bybit-risk-limits';
import {
  type GateRiskLimitOptions,
  gateRowsFromCsv,
  gateRowsFromJson,
  gateTiers,
} from './gate-risk-limit-tiers';
import {
  hyperliquidRowsFromCsv,
  hyperliquidRowsFromJson,
  hyperliquidTiers,
} from './hyperliquid-margin-tiers';
import { type OkxTierOptions, okxRowsFromCsv, okxRowsFromJson, okxTiers } from './okx-position-tiers';
import { csvSymbolRows } from './table-rows';
import { readTierTableText } from './tier-table-text';

/** Which venue's published shape a pasted table is in, with what that shape needs to be read. */
export type VenueTierOptions =
  | ({ venue: 'binance' } & BinanceBracketOptions)
  | ({ venue: 'okx' } & OkxTierOptions)
  | ({ venue: 'bybit' } & BybitRiskLimitOptions)
  | ({ venue: 'gate' } & GateRiskLimitOptions)
  | { venue: 'hyperliquid' };

const VENUES = ['binance', 'okx', 'bybit', 'gate', 'hyperliquid'] as const;

/**
 * Reads a maintenance-margin table as a venue publishes it — its public API's JSON response, envelope
 * and all, or a CSV whose header uses the API's field names — and converts it into the engine's tiers
 * (`PositionSpec.tiers`), keeping the venue's units and boundary convention (see each venue's reader).
 * Every malformed input is refused with a LiquidationError naming the row and the field.
 */
export function parseVenueTiers(text: string, options: VenueTierOptions): MaintenanceTier[] {
  const venue = options?.venue;
  if (!(VENUES as readonly unknown[]).includes(venue)) {
    throw new LiquidationError(
      'NOT_SUPPORTED',
      `venue must be one of ${VENUES.join(', ')}, got ${describeInput(venue)}.`,
      'venue',
    );
  }
  const input = readTierTableText(text);
  let tiers: MaintenanceTier[];
  switch (options.venue) {
    case 'binance':
      tiers = binanceTiers(
        input.kind === 'json' ? binanceRowsFromJson(input.value) : csvSymbolRows(input.rows, 'symbol'),
        options,
      );
      break;
    case 'okx':
      tiers = okxTiers(
        input.kind === 'json' ? okxRowsFromJson(input.value) : okxRowsFromCsv(input.rows),
        options,
      );
      break;
    case 'bybit':
      tiers = bybitTiers(
        input.kind === 'json' ? bybitRowsFromJson(input.value) : bybitRowsFromCsv(input.rows),
        options,
      );
      break;
    case 'gate':
      tiers = gateTiers(
        input.kind === 'json' ? gateRowsFromJson(input.value) : gateRowsFromCsv(input.rows),
        options,
      );
      break;
    case 'hyperliquid':
      tiers = hyperliquidTiers(
        input.kind === 'json' ? hyperliquidRowsFromJson(input.value) : hyperliquidRowsFromCsv(input.rows),
      );
      break;
  }
  // The venue readers check their own rows; this is the engine's check of what they produced.
  normalizeTiers(tiers, 'tiers');
  return tiers;
}
