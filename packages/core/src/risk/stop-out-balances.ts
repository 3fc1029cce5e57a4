import { Decimal, type Num, toDecimal, toNonNegativeDecimal, toPositiveDecimal } from '../decimal';
import { LiquidationError } from '../errors';

/**
 * A run of losses is a teaching sequence, not a simulation: a hundred 1% stop-outs already cost 63% of
 * the account, and the bound keeps one call small for a count typed into a widget.
 */
export const MAX_STOP_OUTS = 100;

export interface StopOutParams {
  /** Balance before the first stop-out. */
  balance: Num;
  /** Percent of the balance at that moment lost at each stop (1 for 1%), as when risk is re-sized. */
  riskPercent: Num;
  /** Number of stop-outs in a row, a whole number from 1 to MAX_STOP_OUTS. */
  stopOuts: Num;
  /** A fixed cost paid on every stop-out besides the risked loss (e.g. the round trip's fees); default 0. */
  costPerStopOut?: Num;
}

/**
 * The balance before the first and after each of `stopOuts` consecutive stop-outs. Each keeps
 * (1 − riskPercent / 100) of the balance and then pays the fixed cost, so without a cost the balance
 * after n stop-outs is balance × (1 − r)ⁿ: losses compound, they do not add up. The balance may end at
 * or below zero when the costs outrun it.
 */
export function balancesAfterStopOuts(params: StopOutParams): Decimal[] {
  const start = toPositiveDecimal(params.balance, 'balance');
  const risk = toPositiveDecimal(params.riskPercent, 'riskPercent').div(100);
  if (risk.gte(1)) {
    throw new LiquidationError('INVALID_ARGUMENT', 'riskPercent must be below 100.', 'riskPercent');
  }
  const n = toDecimal(params.stopOuts, 'stopOuts');
  if (!n.isInteger() || n.lt(1) || n.gt(MAX_STOP_OUTS)) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `stopOuts must be a whole number from 1 to ${MAX_STOP_OUTS}.`,
      'stopOuts',
    );
  }
  const cost =
    params.costPerStopOut === undefined
      ? new Decimal(0)
      : toNonNegativeDecimal(params.costPerStopOut, 'costPerStopOut');
  const keep = risk.negated().plus(1);
  const balances = [start];
  let balance = start;
  for (let i = 0; i < n.toNumber(); i++) {
    balance = balance.times(keep).minus(cost);
    balances.push(balance);
  }
  return balances;
}
