import { Decimal } from '../../decimal';
import { type PricingInput, positiveOrNull, type RuleSetFormula, signed } from './rule-set';

const ONE = new Decimal(1);

/**
 * Hyperliquid perpetuals.
 *
 * Hyperliquid docs, Trading › Liquidations, https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations :
 *   "the maintenance margin is half of the initial margin at max leverage", and
 *
 *   liq_price = price − side × margin_available / position_size / (1 − l × side)
 *   l = 1 / MAINTENANCE_LEVERAGE (= 1 / (2 × max leverage)); side = 1 long, −1 short;
 *   margin_available = isolated_margin (or cross account value) − maintenance_margin_required
 *
 * Evaluated at price = entry, where the position's own PnL is zero and its maintenance requirement is
 * l × size × entry (less any tier deduction). Fees are not in the formula.
 *
 * Worked examples (searched 2026-12-05, docs and pages corpora: "Hyperliquid liquidations docs
 * liquidation price formula maintenance margin", "Hyperliquid margining example isolated position
 * liquidation price", "hyperliquid margin tiers maintenance deduction example", "liquidation price
 * calculation example", "estimated liquidation price"): the docs work out maintenance rates only —
 * "at 20x max leverage, maintenance_margin_rate = 2.5%" (Margin tiers) and "between 1% (for 50x max
 * leverage assets) and 16.7% (for 3x …)" (Liquidations); both are tests in hyperliquid.test.ts. No
 * liquidation price, maintenance margin or bankruptcy figure for a position is worked out on any
 * Hyperliquid page found; the one position example found ($10,000 on a 20x asset → $250 maintenance)
 * is on a community wiki (hyperliquid-co.gitbook.io), not the venue's docs.
 */
export const hyperliquid: RuleSetFormula = {
  tierNotionalAt: 'liquidation-price',
  maintenanceValuedAt: 'mark',
  priceFor(
    { sign, quantity, entryPrice, entryNotional, available }: PricingInput,
    l: Decimal,
    deduction: Decimal,
  ) {
    const maintenanceRequired = entryNotional.times(l).minus(deduction);
    const marginAvailable = available.minus(maintenanceRequired);
    const denominator = ONE.minus(signed(l, sign));
    return positiveOrNull(entryPrice.minus(signed(marginAvailable, sign).div(quantity).div(denominator)));
  },
};
