import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import { binancePositionFromJson } from './binance-position-risk';
import { type OkxContractSpec, okxPositionFromJson } from './okx-positions';
import type { VenuePosition } from './venue-position';

export type VenuePositionOptions =
  | { venue: 'binance'; symbol?: string }
  | ({ venue: 'okx' } & OkxContractSpec);

/** Venues whose position report can be pasted. */
const POSITION_VENUES = ['binance', 'okx'] as const;

/**
 * Reads a position pasted as the venue's API returns it (Binance `positionRisk`, OKX `positions`) into
 * the engine's terms; every malformed input is refused with a LiquidationError naming the field.
 */
export function parseVenuePosition(text: string, options: VenuePositionOptions): VenuePosition {
  switch (options?.venue) {
    case 'binance':
      return binancePositionFromJson(text, options.symbol);
    case 'okx':
      return okxPositionFromJson(text, options);
    default:
      throw new LiquidationError(
        'NOT_SUPPORTED',
        `venue must be one of ${POSITION_VENUES.join(', ')}, got ${describeInput((options as { venue?: unknown })?.venue)}.`,
        'venue',
      );
  }
}
