import { type Decimal, toNonNegativeDecimal } from '../decimal';
import { LiquidationError } from '../errors';
import type { MarginAccount } from '../types';

export interface NormalizedAccount {
  readonly baseAsset: Decimal;
  readonly quoteAsset: Decimal;
  readonly baseLiability: Decimal;
  /** Quote liability plus accrued interest (interest is valued in quote). */
  readonly quoteDebt: Decimal;
}

export function normalizeAccount(account: MarginAccount): NormalizedAccount {
  if (account === null || typeof account !== 'object') {
    throw new LiquidationError('MISSING_FIELD', 'A margin account is required.', 'account');
  }
  const quoteLiability = toNonNegativeDecimal(account.quoteLiability, 'quoteLiability');
  const interest =
    account.interest === undefined ? undefined : toNonNegativeDecimal(account.interest, 'interest');
  return {
    baseAsset: toNonNegativeDecimal(account.baseAsset, 'baseAsset'),
    quoteAsset: toNonNegativeDecimal(account.quoteAsset, 'quoteAsset'),
    baseLiability: toNonNegativeDecimal(account.baseLiability, 'baseLiability'),
    quoteDebt: interest === undefined ? quoteLiability : quoteLiability.plus(interest),
  };
}
