import { Decimal } from '../../decimal';
import { type PricingInput, positiveOrNull, type RuleSet, signed } from './rule-set';

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
 * the dispatcher passes `mmr` already as MMR + fee unless `includeClosingFee: false`. The tier is
 * picked by the position value at entry.
 */
export const gateLinear: RuleSet = {
  rules: 'gate-linear',
  inverse: false,
  tierNotionalAt: 'entry',
  maintenanceValuedAt: 'mark',
  closingFeeByDefault: true,
  supportsCross: false,
  priceFor({ sign, quantity, entryPrice, available }: PricingInput, mmrPlusFee: Decimal, amount: Decimal) {
    const numerator = entryPrice.minus(signed(available.plus(amount).div(quantity), sign));
    const denominator = ONE.minus(signed(mmrPlusFee, sign));
    return positiveOrNull(numerator.div(denominator));
  },
};
