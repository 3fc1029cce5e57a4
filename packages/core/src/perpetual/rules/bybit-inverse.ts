import type { Decimal } from '../../decimal';
import { type PricingInput, positiveOrNull, type RuleSetFormula, signed } from './rule-set';

/**
 * Bybit inverse perpetual/futures, isolated margin.
 *
 * Bybit Help Center "Liquidation Price Calculation under Isolated Mode (Unified Trading Account)",
 * inverse section, https://www.bybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account :
 *
 *   LP (long)  = Contract Quantity / [Position Value + (Initial Margin − Maintenance Margin)]
 *   LP (short) = Contract Quantity / [Position Value − (Initial Margin − Maintenance Margin)]
 *   Position Value = Contract Quantity / Average Entry Price; IM = Position Value / Leverage;
 *   MM = Position Value × MMR − Maintenance Margin Deduction
 *
 * Worked example there: long 60,000 USD at 50,000, 10x, MMR 0.5% → 60,000 / (1.2 + 0.12 − 0.006).
 * Contract quantity is in USD, so quantity × contractSize (1 USD on Bybit). As for linear, the
 * maintenance margin is valued at entry and the bracket is picked by the entry position value.
 */
export const bybitInverse: RuleSetFormula = {
  tierNotionalAt: 'entry',
  maintenanceValuedAt: 'entry',
  priceFor(
    { sign, quantity, contractSize, entryNotional, available }: PricingInput,
    mmr: Decimal,
    deduction: Decimal,
  ) {
    const contractValue = quantity.times(contractSize);
    const positionValue = entryNotional; // contract quantity / average entry price
    const maintenanceMargin = positionValue.times(mmr).minus(deduction);
    const denominator = positionValue.plus(signed(available.minus(maintenanceMargin), sign));
    return positiveOrNull(contractValue.div(denominator));
  },
};
