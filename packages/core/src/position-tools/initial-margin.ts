import type { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import { toFeeRate } from '../fees/trading-fee';
import { type NormalizedPosition, normalizePosition } from '../perpetual/normalize-spec';
import type { PositionSpec } from '../types';

export interface InitialMarginOptions {
  /** Add the fee to open (entry notional × takerFeeRate). */
  includeOpeningFee?: boolean;
  /** Add the estimated fee to close, taken at the entry notional × takerFeeRate. */
  includeClosingFee?: boolean;
}

export function leverageOf(position: NormalizedPosition): Decimal {
  if (position.leverage === undefined) {
    throw new LiquidationError(
      'MISSING_FIELD',
      'leverage is required to size the initial margin.',
      'leverage',
    );
  }
  return position.leverage;
}

/**
 * Initial margin = entry notional / leverage, in the margin asset (Binance futures calculator:
 * "Initial Margin = Quantity × Entry Price × IMR", IMR = 1 / leverage; inverse: contracts × size /
 * entry / leverage). With fees it is the "order cost" the exchanges show (Bybit adds both fees).
 */
export function initialMargin(spec: PositionSpec, options: InitialMarginOptions = {}): Decimal {
  const position = normalizePosition(spec);
  let margin = position.entryNotional.div(leverageOf(position));
  const fees = (options.includeOpeningFee ? 1 : 0) + (options.includeClosingFee ? 1 : 0);
  if (fees > 0) {
    margin = margin.plus(
      position.entryNotional.times(toFeeRate(spec.takerFeeRate, 'takerFeeRate')).times(fees),
    );
  }
  return margin;
}
