import { type Decimal, type Num, toPositiveDecimal } from '../decimal';
import type { MarginAccount } from '../types';
import { type NormalizedAccount, normalizeAccount } from './normalize-account';

/** A margin account's two sides valued in quote at one price of the base asset. */
export interface MarginAccountValue {
  /** baseAsset × price + quoteAsset. */
  assets: Decimal;
  /** baseLiability × price + quoteLiability + interest. */
  debt: Decimal;
}

/**
 * Binance Margin values both sides of the account in quote at the current price before comparing them
 * (FAQ "Binance Margin Level and Margin Call",
 * https://www.binance.com/en/support/faq/binance-margin-level-and-margin-call-360030493931 : total asset
 * value over total liabilities plus outstanding interest). Every margin-loan figure starts here.
 */
export function accountValueAt(account: NormalizedAccount, price: Decimal): MarginAccountValue {
  return {
    assets: account.baseAsset.times(price).plus(account.quoteAsset),
    debt: account.baseLiability.times(price).plus(account.quoteDebt),
  };
}

/** The account's assets and debt in quote at `price` (see accountValueAt). */
export function marginAccountValue(account: MarginAccount, price: Num): MarginAccountValue {
  return accountValueAt(normalizeAccount(account), toPositiveDecimal(price, 'price'));
}
