import { LiquidationError } from '../errors';
import type { PricePath } from '../paths/price-path';
import type { PositionSpec } from '../types';
import type { ReplayResult } from './replay-events';
import type { ReplayOptions } from './replay-options';
import { replayPosition } from './replay-position';

/**
 * Replays the main position of a cross-margin account along `path`. The account's other positions
 * (`spec.otherPositions`) keep the mark prices they carry: their PnL and maintenance margin are a fixed
 * part of the account, as in Binance's cross formula (WB − TMM1 + UPNL1). That isolates the lesson —
 * how the shared wallet cushions, or drags down, the main position — from assumptions about how other
 * markets co-move; to move them, replay again with their marks updated.
 * Funding and fees come out of the shared wallet balance, so they move the liquidation price.
 */
export function replayCrossAccount(
  spec: PositionSpec,
  path: PricePath,
  options: ReplayOptions = {},
): ReplayResult {
  if (spec?.marginMode !== 'cross') {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      'replayCrossAccount needs a cross-margin position.',
      'marginMode',
    );
  }
  return replayPosition(spec, path, options);
}
