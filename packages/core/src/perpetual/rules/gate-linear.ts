import { Decimal } from '../../decimal';
import { type PricingInput, positiveOrNull, type RuleSetFormula, signed } from './rule-set';

const ONE = new Decimal(1);

/**
 * Gate USDT-margined perpetual, isolated margin.
 *
 * Gate support's published rule, as Gate's official account answered it on Gate Square (2023-07-02,
 * https://www.gatenode.pro/post/status/3870211 — a gate.com community mirror):
 *
 *   LP = (Average open price ∓ Margin / Contract multiplier / Position) / [1 ∓ (MMR + Taker fee rate)]
 *   ("long is subtracted, and short is added")
 *
 * `quantity` is multiplier × contracts (base units). The taker fee sits next to the maintenance rate:
 * the dispatcher passes `mmr` already as MMR + fee unless `includeClosingFee: false`.
 *
 * The tier follows the position's current value, not its value at entry: since Gate's risk-limit
 * upgrade (from 2025-07-29) "as the position value changes, the system automatically assigns the
 * position to the appropriate risk limit tier" and the maintenance margin is a gradient over the
 * value (Help Center, "Risk Limit", https://www.gate.com/help/futures/futures-logic/22162), i.e.
 * value × MMR − deduction of the tier holding that value — so the bracket is solved at the
 * liquidation price, as for Binance, and a table must be continuous (the gradient makes it so).
 *
 * Worked examples: none with figures on Gate's pages found. Searched 2026-12-05 in the docs and pages
 * corpora: "Gate futures liquidation price example calculation", "Gate.io perpetual contract
 * liquidation price formula example risk limit maintenance margin", "Gate clearing process and
 * clearing price calculation example", "Gate metal contract liquidation price calculation example",
 * "Gate liquidation price for example user buys … contracts". The Help Center's liquidation-price and
 * risk-limit articles, the blog "Clearing Process and Clearing Price Calculation" (2021-11-22) and the
 * metal-contracts article (2026-04-09) give the formula and the BTC_USDT tier table, no position worked
 * through; the 2025-07 upgrade notice's 1.2M USDT position, whose maintenance margin "drops from 6000
 * USDT to 4900 USDT", was priced on the table in force then, which was not published with it, so it
 * cannot be a test.
 */
export const gateLinear: RuleSetFormula = {
  tierNotionalAt: 'liquidation-price',
  maintenanceValuedAt: 'mark',
  priceFor({ sign, quantity, entryPrice, available }: PricingInput, mmrPlusFee: Decimal, amount: Decimal) {
    const numerator = entryPrice.minus(signed(available.plus(amount).div(quantity), sign));
    const denominator = ONE.minus(signed(mmrPlusFee, sign));
    return positiveOrNull(numerator.div(denominator));
  },
};
