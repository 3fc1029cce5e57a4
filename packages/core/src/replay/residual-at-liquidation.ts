import { Decimal, type Num, toDecimal, toNonNegativeDecimal } from '../decimal';
import { LiquidationError } from '../errors';
import { accountValueAt } from '../margin-loan/account-value';
import { marginLiquidationPrice } from '../margin-loan/margin-liquidation-price';
import { normalizeAccount } from '../margin-loan/normalize-account';
import { liquidationPriceOf } from '../perpetual/liquidation-price';
import { marginBalanceAt } from '../perpetual/margin-ratio';
import { normalizeSpec, notionalAt } from '../perpetual/normalize-spec';
import type { MarginAccount, PositionSpec } from '../types';
import { priceAtMarginRatio } from './price-at-margin-ratio';

export interface ResidualAtLiquidation {
  /** Mark price at which the exchange steps in; null when the level is never reached. */
  price: Decimal | null;
  /** Margin balance (perpetual) or assets − debt (margin loan) at that price. */
  equity: Decimal;
  /** Liquidation fee charged, capped at the equity. */
  liquidationFee: Decimal;
  /** What the trader gets back: equity − fee. */
  residual: Decimal;
}

const ZERO = new Decimal(0);

function settle(price: Decimal | null, equity: Decimal, feeDue: Decimal): ResidualAtLiquidation {
  const fee = Decimal.max(ZERO, Decimal.min(feeDue, equity));
  return { price, equity, liquidationFee: fee, residual: equity.minus(fee) };
}

/**
 * What a perpetual position returns to the trader if the exchange liquidates it when the margin ratio
 * (maintenance / margin balance) reaches `liquidationRatio` and closes at that mark. At ratio r the
 * margin balance is maintenance / r, so the residual is MM / r − fee: stepping in at r = 1 (the
 * published liquidation price) leaves exactly the maintenance margin, an earlier r < 1 leaves more, and
 * an exchange that settles at the bankruptcy price (ratio → ∞) leaves nothing.
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
  if (price === null) return { price: null, equity: ZERO, liquidationFee: ZERO, residual: ZERO };
  return settle(price, marginBalanceAt(n, price), notionalAt(n, price).times(feeRate));
}

/**
 * The same relation for a spot margin loan: liquidated at margin level L (assets / debt), the account
 * still holds (L − 1) × debt, which is what the trader keeps after the fee (charged on the assets sold).
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
  if (price === null) return { price: null, equity: ZERO, liquidationFee: ZERO, residual: ZERO };
  const { assets, debt } = accountValueAt(a, price);
  return settle(price, assets.minus(debt), assets.times(feeRate));
}
