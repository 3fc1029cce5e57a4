import { liquidationPrice, markedMoney, targetPrice } from '@liqlab/core';
import { long10x, required } from '../checks/check-positions';

/*
 * Figures of the course's running example (an isolated 10× long of 1 BTC at 60,000, Binance's
 * formula, 0.5% maintenance) that definitions quote: from the engine, marked for the reader's decimal
 * places, so a definition cannot drift from what the lessons and the sandbox compute.
 */

export function runningExampleLiquidationPrice(): string {
  return markedMoney(required(liquidationPrice(long10x()), 'liquidation price'));
}

/** The price at which the long's return, after a 0.05% taker fee on the way in and out, is zero. */
export function runningExampleBreakEven(): string {
  const fees = long10x({ takerFeeRate: '0.0005' });
  return markedMoney(required(targetPrice(fees, 0, { includeFees: true }), 'break-even price'));
}
