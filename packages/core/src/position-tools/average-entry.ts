import { Decimal, type Num, toPositiveDecimal } from '../decimal';
import { LiquidationError } from '../errors';

export interface Fill {
  price: Num;
  quantity: Num;
}

/**
 * Average entry price of several fills. Linear: quantity-weighted arithmetic mean Σ qᵢpᵢ / Σ qᵢ.
 * Inverse (`{ inverse: true }`, quantities in contracts): the contracts-weighted harmonic mean
 * Σ qᵢ / Σ (qᵢ / pᵢ), because inverse PnL is linear in 1/price (Bybit "P&L calculations (Inverse
 * Contracts)"; Binance COIN-M uses the same average).
 */
export function averageEntry(fills: Fill[], options: { inverse?: boolean } = {}): Decimal {
  if (!Array.isArray(fills) || fills.length === 0) {
    throw new LiquidationError('MISSING_FIELD', 'fills must list at least one fill.', 'fills');
  }
  let quantity = new Decimal(0);
  let weighted = new Decimal(0);
  fills.forEach((fill, index) => {
    const price = toPositiveDecimal(fill?.price, `fills[${index}].price`);
    const q = toPositiveDecimal(fill?.quantity, `fills[${index}].quantity`);
    quantity = quantity.plus(q);
    weighted = weighted.plus(options.inverse ? q.div(price) : q.times(price));
  });
  return options.inverse ? quantity.div(weighted) : weighted.div(quantity);
}
