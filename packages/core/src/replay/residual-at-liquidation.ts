import { Decimal, type Num, toDecimal, toNonNegativeDecimal, toPositiveDecimal } from '../decimal';
import { LiquidationError } from '../errors';
import { accountValueAt } from '../margin-loan/account-value';
import { marginLiquidationPrice } from '../margin-loan/margin-liquidation-price';
import { normalizeAccount } from '../margin-loan/normalize-account';
import { liquidationPriceOf } from '../perpetual/liquidation-price';
import { maintenanceMarginAt } from '../perpetual/maintenance-margin';
import { marginBalanceAt } from '../perpetual/margin-ratio';
import { normalizeSpec, notionalAt } from '../perpetual/normalize-spec';
import { type PartialCut, partialCutAt, partialLiquidationStep } from '../perpetual/partial-liquidation';
import {
  liquidationSettlement,
  type RemainderRecipient,
  remainderRecipient,
} from '../perpetual/rules/liquidation-settlement';
import { partialLiquidationRule } from '../perpetual/rules/partial-liquidation-rules';
import type { MarginAccount, PositionSpec } from '../types';
import { priceAtMarginRatio } from './price-at-margin-ratio';
import type { PartialLiquidationOptions } from './replay-options';

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
  /**
   * The cuts the venue's partial-liquidation rule makes first (empty where it liquidates in full, or
   * its rule is unconfirmed): `price`, `equity` and the fee above are then those of the full
   * liquidation of what is left, further away.
   */
  partialCuts: readonly PartialCut[];
  /** Liquidation fees of every cut plus the final one: what the venue's fee rule collects in all. */
  totalLiquidationFees: Decimal;
}

const ZERO = new Decimal(0);

function settle(
  price: Decimal | null,
  equity: Decimal,
  feeDue: Decimal,
  remainderTo: RemainderRecipient,
  partialCuts: readonly PartialCut[] = [],
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
    partialCuts,
    totalLiquidationFees: partialCuts.reduce((sum, cut) => sum.plus(cut.fee), fee),
  };
}

// A venue's cuts only ever shrink the position; this bounds the walk on a pathological lot size.
const MAX_CUTS = 1000;

/**
 * What a perpetual position still holds if the exchange liquidates it when the margin ratio
 * (maintenance / margin balance) reaches `liquidationRatio` and closes at that mark, and who receives it.
 * At ratio r the margin balance is maintenance / r, so the remainder is MM / r − fee: stepping in at
 * r = 1 (the published liquidation price) leaves exactly the maintenance margin, an earlier r < 1 leaves
 * more. The trader gets it back only where the venue's published rule says so (liquidationSettlement):
 * Binance, Bybit and Gate send it to the insurance fund, so their residual is zero whatever the ratio.
 *
 * Where the venue cuts large positions in steps (partialLiquidationRule: Bybit, OKX, Hyperliquid), the
 * price is followed on through each cut, as the replay does: at each trigger the rule's cut closes part
 * of the position at that price (its loss and fee come out of the collateral), the rest gets a new,
 * further trigger, and the full liquidation is that of the last remainder. All cuts are taken as
 * happening one after the other without a pause, so Hyperliquid's cool-down makes the next trigger a
 * full liquidation. `partialLiquidation.enabled: false` gives the single full liquidation.
 */
export function residualAtLiquidation(
  spec: PositionSpec,
  liquidationRatio: Num = 1,
  options: { liquidationFeeRate?: Num; partialLiquidation?: PartialLiquidationOptions } = {},
): ResidualAtLiquidation {
  const ratio = toDecimal(liquidationRatio, 'liquidationRatio');
  if (ratio.lte(0) || ratio.gt(1)) {
    throw new LiquidationError('INVALID_ARGUMENT', 'liquidationRatio must be in (0, 1].', 'liquidationRatio');
  }
  const feeRate = toNonNegativeDecimal(options.liquidationFeeRate ?? 0, 'liquidationFeeRate');
  const lotSize =
    options.partialLiquidation?.lotSize === undefined
      ? undefined
      : toPositiveDecimal(options.partialLiquidation.lotSize, 'partialLiquidation.lotSize');
  const cutsEnabled = options.partialLiquidation?.enabled ?? true;
  const rule = partialLiquidationRule(spec.rules);
  const cuts: PartialCut[] = [];
  let current = spec;
  let cooldownUntil = Number.NEGATIVE_INFINITY;
  for (;;) {
    const n = normalizeSpec(current);
    const liquidation = liquidationPriceOf(n);
    const price = ratio.eq(1) ? liquidation : priceAtMarginRatio(n, ratio, n.entryPrice, liquidation);
    const settlement = liquidationSettlement(n.rules, n.marginMode);
    if (price === null) return settle(null, ZERO, ZERO, settlement.remainderTo, cuts);
    const cut =
      cutsEnabled && cuts.length < MAX_CUTS
        ? partialLiquidationStep(current, n, rule, {
            mark: price,
            fill: price,
            feeRate,
            time: 0,
            cooldownUntil,
            lotSize,
          })
        : null;
    if (cut === null) {
      const equity = marginBalanceAt(n, price);
      const requirement = maintenanceMarginAt(n, price).plus(n.otherMaintenance);
      const to = remainderRecipient(settlement, equity, requirement);
      return settle(price, equity, notionalAt(n, price).times(feeRate), to, cuts);
    }
    cuts.push(partialCutAt(price, cut));
    if (rule.method.kind === 'fraction') cooldownUntil = rule.method.cooldownMs;
    current = cut.spec;
  }
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
