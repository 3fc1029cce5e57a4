import type { Decimal } from '../../decimal';
import { type PricingInput, positiveOrNull, type RuleSetFormula, signed } from './rule-set';

/**
 * Bybit USDT perpetual under the Unified Trading Account, isolated margin.
 *
 * Bybit Help Center "Liquidation Price Calculation under Isolated Mode (Unified Trading Account)"
 * (last updated 2026-05-27, https://www.bybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account):
 * unlike the classic account (bybit-linear.ts, maintenance margin on the entry value), the unified
 * account values the position at the MARK price — "Position Value = Contract Quantity ÷ Mark Price",
 * "Maintenance Margin = (Position Value × MMR) − Maintenance Margin Deduction + Estimated Fee to Close"
 * (the article's inverse section; the USDT section applies the same definitions to size × mark) — and
 * the risk-limit tier follows the position's current value ("As the position value increases, the
 * system will automatically adjust the user's risk limit", Help Center "Risk Limit (Perpetual and
 * Futures Contracts)"). Liquidation is where the position margin plus PnL meets that requirement:
 *
 *   margin + side × q × (LP − entry) = q × LP × MMR − deduction
 *   LP (long)  = (q × entry − margin − deduction) / (q × (1 − MMR))
 *   LP (short) = (q × entry + margin + deduction) / (q × (1 + MMR))
 *
 * (the same algebra as Binance's USDS-M formula, with Bybit's tiers). The fee to close is left out
 * unless `includeClosingFee: true`, as for the classic account. Bybit publishes no worked USDT example
 * for this account type that we found; the test checks the formula against the margin ratio at mark.
 */
export const bybitLinearUnified: RuleSetFormula = {
  tierNotionalAt: 'liquidation-price',
  maintenanceValuedAt: 'mark',
  priceFor({ sign, quantity, entryNotional, available }: PricingInput, mmr: Decimal, deduction: Decimal) {
    const numerator = entryNotional.minus(signed(available.plus(deduction), sign));
    const denominator = quantity.times(signed(mmr, sign).negated().plus(1));
    return positiveOrNull(numerator.div(denominator));
  },
};
