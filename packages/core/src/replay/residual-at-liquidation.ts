import { Decimal, type Num, toDecimal, toNonNegativeDecimal } from '../decimal';
import { LiquidationError } from '../errors';
import { accountValueAt } from '../margin-loan/account-value';
import { marginLiquidationPrice } from '../margin-loan/margin-liquidation-price';
import { normalizeAccount } from '../margin-loan/normalize-account';
import { liquidationPriceOf } from '../perpetual/liquidation-price';
import { maintenanceMarginAt } from '../perpetual/maintenance-margin';
import { marginBalanceAt } from '../perpetual/margin-ratio';
import { normalizeSpec, notionalAt } from '../perpetual/normalize-spec';
import {
  liquidationSettlement,
  type RemainderRecipient,
  remainderRecipient,
} from '../perpetual/rules/liquidation-settlement';
import type { MarginAccount, PositionSpec } from '../types';
import { priceAtMarginRatio } from './price-at-margin-ratio';

export interface ResidualAtLiquidation {
  /** Mark price at which the exchange steps in; null when the level is never reached. */
  price: Decimal | null;
  /** Margin balance (perpetual) or assets − debt (margin loan) at that price. */
  equity: Decimal;
  /** Liquidation fee charged, capped at the equity. */
  liquidationFee: Decimal;
  /** What is left after the fee: equity − fee. */
  remainder: Decimal;
  /** Who receives it: the venue's published settlement rule (perpetuals); the trader (margin loans). */
  remainderTo: RemainderRecipient;
  /** What the trader gets back: the remainder when it is the trader's, otherwise (and when unconfirmed) 0. */
  residual: Decimal;
}

const ZERO = new Decimal(0);

function settle(
  price: Decimal | null,
  equity: Decimal,
  feeDue: Decimal,
  remainderTo: RemainderRecipient,
): ResidualAtLiquidation {
  const fee = Decimal.max(ZERO, Decimal.min(feeDue, equity));
  const remainder = equity.minus(fee);
  return {
    price,
    equity,
    liquidationFee: fee,
    remainder,
    remainderTo,
    residual: remainderTo === 'trader' ? remainder : ZERO,
  };
}

/**
 * What a perpetual position still holds if the exchange liquidates it when the margin ratio
 * (maintenance / margin balance) reaches `liquidationRatio` and closes at that mark, and who receives it.
 * At ratio r the margin balance is maintenance / r, so the remainder is MM / r − fee: stepping in at
 * r = 1 (the published liquidation price) leaves exactly the maintenance margin, an earlier r < 1 leaves
 * more. The trader gets it back only where the venue's published rule says so (liquidationSettlement):
 * Binance, Bybit and Gate send it to the insurance fund, so their residual is zero whatever the ratio.
 */
export function residualAtLiquidation(
  spec: PositionSpec,
  liquidationRatio: Num = 1,
  options: { liquidationFeeRate?: Num } = {},
): ResidualAtLiquidation {
  const ratio = toDecimal(liquidationRatio, 'liquidationRatio');
  if (ratio.lte(0) || ratio.gt(1)) {
    throw new LiquidationError('INVALID_ARGUMENT', 'liquidationRatio must be in (0, 1].', 'liquidationRatio');
  }
  const feeRate = toNonNegativeDecimal(options.liquidationFeeRate ?? 0, 'liquidationFeeRate');
  const n = normalizeSpec(spec);
  const liquidation = liquidationPriceOf(n);
  const price = ratio.eq(1) ? liquidation : priceAtMarginRatio(n, ratio, n.entryPrice, liquidation);
  const rule = liquidationSettlement(n.rules, n.marginMode);
  if (price === null) return settle(null, ZERO, ZERO, rule.remainderTo);
  const equity = marginBalanceAt(n, price);
  const requirement = maintenanceMarginAt(n, price).plus(n.otherMaintenance);
  const to = remainderRecipient(rule, equity, requirement);
  return settle(price, equity, notionalAt(n, price).times(feeRate), to);
}

/**
 * The same relation for a spot margin loan: liquidated at margin level L (assets / debt), the account
 * still holds (L − 1) × debt, which stays in the trader's margin account after the fee (charged on the
 * assets sold): the lender is repaid, there is no insurance fund between them.
 */
export function marginLoanResidualAtLiquidation(
  account: MarginAccount,
  liquidationLevel: Num = '1.1',
  options: { liquidationFeeRate?: Num } = {},
): ResidualAtLiquidation {
  const level = toDecimal(liquidationLevel, 'liquidationLevel');
  if (level.lte(1)) {
    throw new LiquidationError('INVALID_ARGUMENT', 'liquidationLevel must be above 1.', 'liquidationLevel');
  }
  const feeRate = toNonNegativeDecimal(options.liquidationFeeRate ?? 0, 'liquidationFeeRate');
  const a = normalizeAccount(account);
  const price = marginLiquidationPrice(account, level);
  if (price === null) return settle(null, ZERO, ZERO, 'trader');
  const { assets, debt } = accountValueAt(a, price);
  return settle(price, assets.minus(debt), assets.times(feeRate), 'trader');
}
