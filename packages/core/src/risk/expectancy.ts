import { type Decimal, type Num, toDecimal, toPositiveDecimal } from '../decimal';
import { LiquidationError } from '../errors';

export interface ExpectancyParams {
  /** Share of trades that win, as a fraction (0.4 = 40%). */
  winRate: Num;
  /** Average win in R, the amount risked per trade (2 = twice the risk). */
  averageWinR: Num;
  /** Average loss in R; 1 when every loss is a stop-out at the planned risk (the default). */
  averageLossR?: Num;
}

/**
 * Expectancy per trade in R (multiples of the amount risked): p × W − (1 − p) × L. It is the average
 * result over many trades, so a strategy with a low win rate can still earn and a high one can lose
 * (Van K. Tharp, "Trade Your Way to Financial Freedom", 2nd ed., ch. 7: expectancy as the mean
 * R-multiple).
 */
export function expectancyInR(params: ExpectancyParams): Decimal {
  const win = toDecimal(params.winRate, 'winRate');
  if (win.lt(0) || win.gt(1)) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `winRate must be a fraction from 0 to 1, got ${win}.`,
      'winRate',
    );
  }
  const averageWin = toPositiveDecimal(params.averageWinR, 'averageWinR');
  const averageLoss = toPositiveDecimal(params.averageLossR ?? 1, 'averageLossR');
  return win.times(averageWin).minus(win.negated().plus(1).times(averageLoss));
}
