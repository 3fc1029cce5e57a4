import type { Decimal } from '../../decimal';
import { type PricingInput, positiveOrNull, type RuleSetFormula, signed } from './rule-set';

/**
 * Binance COIN-M futures, one-way mode.
 *
 * Binance FAQ "How to Calculate Liquidation Price of COIN-M Futures Contracts" (2021-02-05),
 * https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46 :
 *
 *   LP = (B × MMR_B + Side_BOTH × B) / ((WB + cumB) / CM + Side_BOTH × B / EP_B)
 *
 * with B the position in contracts, CM the contract size (USD per contract), WB and cum in the coin.
 * (Cross: WB − TMM1 + UPNL1 in place of WB, as in the USDS-M formula.) The bracket is the one holding
 * the coin notional at the liquidation price, B × CM / LP ("Maintenance Margin = Position Notional ×
 * MMR − Maintenance Amount", e.g. 100 × 100 / 25,000 × 0.4% − 0 = 0.0016 BTC in the same FAQ).
 *
 * Worked examples (searched 2026-12-05, docs and pages corpora: "Binance COIN-M futures liquidation
 * price calculation example", "How to Calculate Liquidation Price of COIN-M Futures Contracts example
 * wallet balance BTCUSD contracts", "coin-margined liquidation price example"). The FAQ works out two
 * figures, both tests: the maintenance margin 0.0016 BTC above (rule-sets.test.ts, "Binance COIN-M")
 * and the maintenance amount "50 BTC × (5% − 2.5%) + 0.56 BTC = 1.81 BTC" (bad-input.test.ts, the
 * continuity rule). Its third, "a 300 BTC position → 12.5% and 11.605 BTC" (an earlier copy: 11.81),
 * is read off a BTCUSD bracket table that the stored page does not carry, so it cannot be checked.
 * The FAQ works out no liquidation price. A developer-forum post (dev.binance.vision/t/6292) quotes
 * Binance's calculator at 33,599.40 for WB 101 BTC, long 100,000 contracts at 45,000; this formula with
 * the FAQ's 300-BTC bracket gives 33,599.4186…, 0.02 away, so it is not a published example we can
 * reproduce exactly (and not the venue's own page): not a test.
 */
export const binanceCoinm: RuleSetFormula = {
  tierNotionalAt: 'liquidation-price',
  maintenanceValuedAt: 'mark',
  priceFor(
    { sign, quantity, contractSize, entryPrice, available }: PricingInput,
    mmr: Decimal,
    cum: Decimal,
  ) {
    const numerator = quantity.times(mmr).plus(signed(quantity, sign));
    const denominator = available.plus(cum).div(contractSize).plus(signed(quantity, sign).div(entryPrice));
    return positiveOrNull(numerator.div(denominator));
  },
};
