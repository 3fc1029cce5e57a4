import type { Decimal, Num } from '../decimal';
import { toPositiveDecimal } from '../decimal';
import type { PositionSpec } from '../types';
import { type NormalizedPosition, normalizePosition } from './normalize-spec';

export function unrealizedPnlAt(n: NormalizedPosition, price: Decimal): Decimal {
  if (n.ruleSet.inverse) {
    // Inverse PnL in the coin: contracts × size × (1/entry − 1/price).
    const pnl = n.quantity.times(n.contractSize).times(n.entryPrice.pow(-1).minus(price.pow(-1)));
    return n.sign === 1 ? pnl : pnl.negated();
  }
  const pnl = n.quantity.times(price.minus(n.entryPrice));
  return n.sign === 1 ? pnl : pnl.negated();
}

/**
 * Unrealized PnL at `price`: side × qty × (price − entry) in quote (linear), or
 * side × qty × contractSize × (1/entry − 1/price) in the coin (inverse).
 */
export function unrealizedPnl(spec: PositionSpec, price: Num): Decimal {
  return unrealizedPnlAt(normalizePosition(spec), toPositiveDecimal(price, 'price'));
}
