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
