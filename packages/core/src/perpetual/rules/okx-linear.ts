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
 * Worked examples: none with figures for USDT-margined swaps on OKX's pages found. Searched
 * 2026-12-05 in the docs and pages corpora: "OKX liquidation price calculation example isolated margin
 * USDT-margined swap", "OKX estimated liquidation price formula example", "OKX maintenance margin
 * example tiered maintenance margin ratio position tiers", "OKX isolated margin maintenance margin
 * ratio … example", "OKX perpetual swap liquidation price example", "OKX forced partial liquidation
 * example". The help pages give the formulas only; the "Tiered Maintenance Margin Ratio" page's
 * example (1,000 BTC-USDC swaps "in Tier 2") reads its tier off a table the stored page lacks; the
 * estimated-liquidation-price examples that do carry numbers are for spot margin (borrowing), another
 * product; the forced-partial-liquidation article's example, 15,000 swaps cut to tier 1's 2,000, is a
 * count without the tiers' rates, so it is the rule that partial-liquidation-rules.ts cites and the
 * replay tests apply to OKX's published ETHUSDT tiers. Third-party articles with "examples" invent
 * their own simplified formula, so none is a test.
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
