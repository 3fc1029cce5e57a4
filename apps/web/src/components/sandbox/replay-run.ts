import {
  crossAccountTotals,
  Decimal,
  marginRatio,
  openingFee,
  type PricePath,
  positionMargin,
  type ReplayEvent,
  type ReplayResult,
  unrealizedPnl,
} from '@liqlab/core';
import type { EngineInputs } from '@liqlab/scenario/engine-inputs-from-scenario';

export interface PlayheadState {
  index: number;
  time: number;
  mark: Decimal;
  /** 'open' before the close; the outcome from the closing tick on. */
  status: ReplayResult['outcome'];
  /** Margin balance at the mark while open; what came back to the trader once closed. */
  equity: Decimal;
  /** Maintenance / margin balance while open (Infinity once nothing is left); null once closed. */
  marginRatio: Decimal | null;
  /** Events up to and including the playhead, in order. */
  events: ReplayEvent[];
  /** The liquidation price in force (it moves with funding and fees). */
  liquidationPrice: Decimal | null;
}

/** Index of the first event after `index` (events are in tick order). */
function eventsUpTo(events: readonly ReplayEvent[], index: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.index <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The panel's figures at tick `index` of a replay. The collateral at that tick is the opening
 * collateral, less the opening fee for cross (paid from the wallet), plus the funding received so far —
 * exactly what the replay itself carries between events.
 */
export function playheadAt(
  inputs: EngineInputs,
  path: PricePath,
  replay: ReplayResult,
  index: number,
): PlayheadState {
  const i = Math.max(0, Math.min(path.t.length - 1, Math.floor(index)));
  const mark = new Decimal(String(path.mark[i]!));
  const count = eventsUpTo(replay.events, i);
  const events = replay.events.slice(0, count);
  const lastEvent = events[events.length - 1];
  const base = {
    index: i,
    time: path.t[i]!,
    mark,
    events,
  };
  if (replay.closedAt !== null && i >= replay.closedAt) {
    return {
      ...base,
      status: replay.outcome,
      equity: replay.residual,
      marginRatio: null,
      liquidationPrice: lastEvent?.liquidationPrice ?? null,
    };
  }
  const { spec, replayOptions } = inputs;
  let collateral = positionMargin(spec);
  if (spec.marginMode === 'cross' && replayOptions.fees) {
    collateral = collateral.minus(openingFee(spec, replayOptions.fees.takerFeeRate));
  }
  let liquidation: Decimal | null | undefined;
  for (const event of events) {
    if (event.type === 'funding' && event.amount) collateral = collateral.plus(event.amount);
    if (event.liquidationPrice !== undefined) liquidation = event.liquidationPrice;
  }
  const field = spec.marginMode === 'cross' ? 'walletBalance' : 'margin';
  const current = { ...spec, [field]: collateral.toFixed() };
  const others = spec.otherPositions?.length ? crossAccountTotals(spec.otherPositions).unrealizedPnl : 0;
  const equity = collateral.plus(others).plus(unrealizedPnl(current, mark));
  return {
    ...base,
    status: 'open',
    equity,
    marginRatio: marginRatio(current, mark),
    liquidationPrice: liquidation ?? null,
  };
}
