import { Decimal, type Num, toNonNegativeDecimal, toOptionalDecimal, toPositiveDecimal } from '../decimal';
import { LiquidationError } from '../errors';

export interface PositionSizeForRiskParams {
  /** Account balance in quote currency. */
  balance: Num;
  /** Percent of the balance to lose if the stop is hit, e.g. 1 for 1%. */
  riskPercent: Num;
  entryPrice: Num;
  stopPrice: Num;
  /** Taker fee rate paid on both the entry and the stop fill (e.g. 0.0005); default none. */
  feeRate?: Num;
  /** Exchange lot size: the quantity is rounded down to a multiple, so the risk is never exceeded. */
  quantityStep?: Num;
}

/**
 * Quantity (linear contract, base units) whose loss at the stop equals the risked amount:
 *
 *   balance · riskPercent / 100 = q·|entry − stop| + q·entry·fee + q·stop·fee
 *   q = risk / (|entry − stop| + fee·(entry + stop))
 *
 * The side follows from the stop: below entry is a long, above is a short. Leverage does not appear —
 * it changes the margin posted, not the loss at the stop.
 */
export function positionSizeForRisk(params: PositionSizeForRiskParams): Decimal {
  const balance = toPositiveDecimal(params.balance, 'balance');
  const riskPercent = toPositiveDecimal(params.riskPercent, 'riskPercent');
  if (riskPercent.gt(100)) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `riskPercent must be at most 100, got ${riskPercent}.`,
      'riskPercent',
    );
  }
  const entry = toPositiveDecimal(params.entryPrice, 'entryPrice');
  const stop = toPositiveDecimal(params.stopPrice, 'stopPrice');
  if (stop.eq(entry)) {
    throw new LiquidationError('INVALID_ARGUMENT', 'stopPrice must differ from entryPrice.', 'stopPrice');
  }
  const feeRate =
    params.feeRate === undefined ? new Decimal(0) : toNonNegativeDecimal(params.feeRate, 'feeRate');
  const step = toOptionalDecimal(params.quantityStep, 'quantityStep');
  if (step?.lte(0)) {
    throw new LiquidationError('NOT_POSITIVE', 'quantityStep must be greater than zero.', 'quantityStep');
  }
  const risk = balance.times(riskPercent).div(100);
  const lossPerUnit = entry
    .minus(stop)
    .abs()
    .plus(feeRate.times(entry.plus(stop)));
  const quantity = risk.div(lossPerUnit);
  return step === undefined ? quantity : quantity.div(step).floor().times(step);
}
