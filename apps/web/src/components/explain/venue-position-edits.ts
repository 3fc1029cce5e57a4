import type { VenuePosition } from '@liqlab/core';
import { withMarginMode, withRules } from '~/components/sandbox/position-edits';
import type { PositionDraft } from '~/components/sandbox/sandbox-state';

/**
 * The form's position replaced by one pasted from a venue: its rule set, side, mode, size, entry,
 * leverage and isolated margin. The maintenance table and the fee rate stay as they were (a position
 * report carries neither); OKX's published formula counts the fee to close, so it is switched on.
 */
export function withVenuePosition(current: PositionDraft, pasted: VenuePosition): PositionDraft {
  const next = withMarginMode(withRules(current, pasted.rules), pasted.marginMode);
  const { margin: _margin, ...rest } = next;
  return {
    ...rest,
    side: pasted.side,
    entryPrice: pasted.entryPrice,
    size: { unit: 'quantity', quantity: pasted.quantity },
    leverage: pasted.leverage,
    ...(pasted.margin === undefined ? {} : { margin: pasted.margin }),
    ...(pasted.venue === 'okx'
      ? { fees: { enabled: true }, takerFeeRate: next.takerFeeRate ?? '0.0005' }
      : {}),
  };
}
