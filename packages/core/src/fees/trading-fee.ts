import { type Decimal, type Num, toDecimal, toPositiveDecimal } from '../decimal';
import { LiquidationError } from '../errors';
import { normalizePosition, notionalAt } from '../perpetual/normalize-spec';
import type { PositionSpec } from '../types';

export function toFeeRate(value: Num | null | undefined, field: string): Decimal {
  const rate = toDecimal(value, field);
  // Maker rebates are negative rates; anything at or beyond ±100% is a typo for a percentage.
  if (rate.abs().gte(1)) {
    throw new LiquidationError(
      'INVALID_RATE',
      `${field} must be a fraction between −1 and 1 (0.0005 = 0.05%), got ${rate}.`,
      field,
    );
  }
  return rate;
}

/** Exchange trading fee: notional × fee rate (a negative rate is a maker rebate). Same unit as the notional. */
export function tradingFee(notional: Num, feeRate: Num): Decimal {
  return toDecimal(notional, 'notional').abs().times(toFeeRate(feeRate, 'feeRate'));
}

function rateFor(spec: PositionSpec, feeRate: Num | undefined): Decimal {
  return feeRate === undefined ? toFeeRate(spec.takerFeeRate, 'takerFeeRate') : toFeeRate(feeRate, 'feeRate');
}

/** Fee to open the position: entry notional × rate (default: the spec's taker fee), in the margin asset. */
export function openingFee(spec: PositionSpec, feeRate?: Num): Decimal {
  return normalizePosition(spec).entryNotional.times(rateFor(spec, feeRate));
}

/** Fee to close at `exitPrice`: notional at exit × rate (default: the spec's taker fee), in the margin asset. */
export function closingFee(spec: PositionSpec, exitPrice: Num, feeRate?: Num): Decimal {
  const position = normalizePosition(spec);
  return notionalAt(position, toPositiveDecimal(exitPrice, 'exitPrice')).times(rateFor(spec, feeRate));
}
