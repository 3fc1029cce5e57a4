import { Decimal, type Num, toPositiveDecimal } from '../decimal';
import type { MarginAccount } from '../types';
import { normalizeAccount } from './normalize-account';

const DEFAULT_LIQUIDATION_LEVEL = new Decimal('1.1');

/**
 * The base-asset price at which the margin level reaches `liquidationLevel` (default 1.1, Binance's
 * cross-margin liquidation level). Binance announcement "How to Calculate Margin Liquidation Price",
 * https://www.binance.com/en/support/announcement/how-to-calculate-margin-liquidation-price-f6b010588e55413aa58b7d63ee0125ed :
 * liquidation when Total Assets / (Total Borrowed + Interest) = the liquidation ratio, e.g. 1 BTC
 * against 20,000 USDT of debt liquidates at 1.1 × 20,000 = 22,000.
 *
 *   (baseAsset × P + quoteAsset) = L × (baseLiability × P + quoteLiability + interest)
 *   P = (L × (quoteLiability + interest) − quoteAsset) / (baseAsset − L × baseLiability)
 *
 * A net-long account (baseAsset > L × baseLiability) is liquidated when the price falls to P, a net
 * short one when it rises to P. Null when no positive P exists (the level never reaches L).
 */
export function marginLiquidationPrice(account: MarginAccount, liquidationLevel?: Num): Decimal | null {
  const a = normalizeAccount(account);
  const level =
    liquidationLevel === undefined
      ? DEFAULT_LIQUIDATION_LEVEL
      : toPositiveDecimal(liquidationLevel, 'liquidationLevel');
  const denominator = a.baseAsset.minus(level.times(a.baseLiability));
  if (denominator.isZero()) return null;
  const price = level.times(a.quoteDebt).minus(a.quoteAsset).div(denominator);
  return price.gt(0) ? price : null;
}
