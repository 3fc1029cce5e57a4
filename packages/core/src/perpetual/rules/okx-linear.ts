import type { Decimal } from '../../decimal';
import { type PricingInput, positiveOrNull, type RuleSetFormula } from './rule-set';

/**
 * OKX USDT-margined perpetual/futures, isolated margin.
 *
 * OKX Help Center, isolated-margin maintenance margin ratio (USDT-margined):
 *   (Margin balance + PnL) / (Face value × |Contracts| × Mark price × (Tiered MMR + Fee rate)),
 *   liquidation when it falls to 100%. Solving at 100% gives OKX's estimated liquidation price:
 *
 *   LP (long)  = (Margin balance − FV × |Contracts| × Avg open price) / (FV × |Contracts| × (MMR + Fee − 1))
 *   LP (short) = (Margin balance + FV × |Contracts| × Avg open price) / (FV × |Contracts| × (MMR + Fee + 1))
 *
 * `quantity` is FV × |contracts| (base units). The taker fee rate sits next to the maintenance rate:
 * the dispatcher passes `mmr` already as MMR + fee unless `includeClosingFee: false`. OKX has no
 * maintenance deduction; a non-zero amount is honoured as a deduction. The tier is picked by the
 * position size at entry (OKX tiers by position size, not by the liquidation price).
 * https://www.okx.com/help/v-tiered-maintenance-margin-ratio-rules
 *
 * Worked examples: none with figures for USDT-margined swaps on OKX's pages found (searched
 * 2026-12-05: the help pages give the formulas only; the forced-partial-liquidation article's example,
 * 15,000 swaps cut to tier 1's 2,000, is a count without the tiers' rates, so it is the rule that
 * partial-liquidation-rules.ts cites and the replay tests apply to OKX's published ETHUSDT tiers).
 */
export const okxLinear: RuleSetFormula = {
  tierNotionalAt: 'entry',
  maintenanceValuedAt: 'mark',
  priceFor({ sign, quantity, entryNotional, available }: PricingInput, mmrPlusFee: Decimal, amount: Decimal) {
    const openValue = entryNotional; // FV × |contracts| × open avg price
    const numerator =
      sign === 1 ? available.plus(amount).minus(openValue) : available.plus(amount).plus(openValue);
    const denominator = quantity.times(sign === 1 ? mmrPlusFee.minus(1) : mmrPlusFee.plus(1));
    return positiveOrNull(numerator.div(denominator));
  },
};
