import { Decimal, type Num, toPositiveDecimal } from '../decimal';
import type { MarginAccount } from '../types';
import { accountValueAt } from './account-value';
import { type NormalizedAccount, normalizeAccount } from './normalize-account';

export function marginLevelAt(account: NormalizedAccount, price: Decimal): Decimal {
  const { assets, debt } = accountValueAt(account, price);
  // No debt: nothing can be liquidated, and the level is unbounded (Binance shows "999").
  if (debt.isZero()) return new Decimal(Infinity);
  return assets.div(debt);
}

/**
 * Binance Margin's margin level: Total Asset Value / (Total Liabilities + Outstanding Interest), both
 * valued in quote at `price`. Binance FAQ "Binance Margin Level and Margin Call" (2019-07-05),
 * https://www.binance.com/en/support/faq/binance-margin-level-and-margin-call-360030493931 :
 * margin call at 1.1 < level ≤ 1.3 (3x cross), liquidation at level ≤ 1.1.
 * Returns Infinity when the account has no debt.
 */
export function marginLevel(account: MarginAccount, price: Num): Decimal {
  return marginLevelAt(normalizeAccount(account), toPositiveDecimal(price, 'price'));
}
