import { Decimal, type Num, toDecimal } from '../decimal';
import { toFeeRate } from '../fees/trading-fee';
import { normalizePosition } from '../perpetual/normalize-spec';
import type { PositionSpec } from '../types';
import { leverageOf } from './initial-margin';
import type { FeeInclusion } from './pnl-and-roe';

/**
 * The exit price that yields `roe` (a fraction: 0.5 = +50%, −0.2 = −20%) on the initial margin, the
 * inverse of `pnlAndRoe`. Linear: P = entry + side × target / qty; inverse: 1/P = 1/entry − side ×
 * target / (qty × size). With fees, the taker fee at entry and at exit are paid out of the target:
 *   linear:  P = (target + qty × entry × (side + r)) / (qty × (side − r))
 *   inverse: 1/P = ((side − r) / entry − target / (qty × size)) / (side + r)
 * Null when no positive price reaches the target (e.g. −150% ROE on an unlevered long).
 */
export function targetPrice(spec: PositionSpec, roe: Num, options: FeeInclusion = {}): Decimal | null {
  const position = normalizePosition(spec);
  const target = position.entryNotional.div(leverageOf(position)).times(toDecimal(roe, 'roe'));
  const rate = options.includeFees ? toFeeRate(spec.takerFeeRate, 'takerFeeRate') : new Decimal(0);
  const { sign, quantity, entryPrice } = position;
  let price: Decimal;
  if (position.ruleSet.inverse) {
    const size = quantity.times(position.contractSize);
    const inversePrice = rate
      .negated()
      .plus(sign)
      .div(entryPrice)
      .minus(target.div(size))
      .div(rate.plus(sign));
    if (inversePrice.lte(0)) return null;
    price = inversePrice.pow(-1);
  } else {
    price = target
      .plus(quantity.times(entryPrice).times(rate.plus(sign)))
      .div(quantity.times(rate.negated().plus(sign)));
  }
  return price.isFinite() && price.gt(0) ? price : null;
}
