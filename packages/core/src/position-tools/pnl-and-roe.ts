import { type Decimal, type Num, toPositiveDecimal } from '../decimal';
import { toFeeRate } from '../fees/trading-fee';
import { normalizePosition, notionalAt } from '../perpetual/normalize-spec';
import { unrealizedPnlAt } from '../perpetual/pnl';
import type { PositionSpec } from '../types';
import { leverageOf } from './initial-margin';

export interface FeeInclusion {
  /** Deduct the taker fee to open (at entry) and to close (at exit). */
  includeFees?: boolean;
}

/**
 * PnL of closing at `exitPrice` and ROE = PnL / initial margin (Binance futures calculator: "ROE% =
 * PnL / Initial Margin"). PnL is in the margin asset; ROE is a fraction (0.25 = 25%).
 */
export function pnlAndRoe(
  spec: PositionSpec,
  exitPrice: Num,
  options: FeeInclusion = {},
): { pnl: Decimal; roe: Decimal } {
  const position = normalizePosition(spec);
  const exit = toPositiveDecimal(exitPrice, 'exitPrice');
  const margin = position.entryNotional.div(leverageOf(position));
  let pnl = unrealizedPnlAt(position, exit);
  if (options.includeFees) {
    const rate = toFeeRate(spec.takerFeeRate, 'takerFeeRate');
    pnl = pnl.minus(position.entryNotional.plus(notionalAt(position, exit)).times(rate));
  }
  return { pnl, roe: pnl.div(margin) };
}
