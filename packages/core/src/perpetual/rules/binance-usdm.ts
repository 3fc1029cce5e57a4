import type { Decimal } from '../../decimal';
import { type PricingInput, positiveOrNull, type RuleSetFormula, signed } from './rule-set';

/**
 * Binance USDS-M futures, one-way mode ("BOTH" position).
 *
 * Binance FAQ "How to Calculate Liquidation Price of USDS-M Futures Contracts" (2020-08-14),
 * https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93 :
 *
 *   LP = (WB − TMM1 + UPNL1 + cumB − Side1BOTH × Position1BOTH × EP1BOTH)
 *        / (Position1BOTH × MMR_B − Side1BOTH × Position1BOTH)
 *
 * Isolated: WB = isolated wallet balance, TMM1 = UPNL1 = 0. `available` is WB − TMM1 + UPNL1.
 * The FAQ: "If the position notional (the calculated result of the liquidation price) and the assumed
 * margin levels are different, you must substitute other margin levels' maintenance margin rate and
 * maintenance amount to recalculate" — the bracket is the one holding |qty| × LP, solved by the
 * dispatcher bracket by bracket. Fees are not part of Binance's formula.
 */
export const binanceUsdm: RuleSetFormula = {
  tierNotionalAt: 'liquidation-price',
  maintenanceValuedAt: 'mark',
  priceFor({ sign, quantity, entryNotional, available }: PricingInput, mmr: Decimal, cum: Decimal) {
    // Position1BOTH × EP1BOTH is the entry notional.
    const numerator = available.plus(cum).minus(signed(entryNotional, sign));
    const denominator = quantity.times(mmr).minus(signed(quantity, sign));
    return positiveOrNull(numerator.div(denominator));
  },
};
