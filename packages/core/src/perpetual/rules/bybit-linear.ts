import type { Decimal } from '../../decimal';
import { type PricingInput, positiveOrNull, type RuleSetFormula, signed } from './rule-set';

/**
 * Bybit USDT perpetual (linear), isolated margin.
 *
 * Bybit Help Center "Liquidation Price (USDT Contract)",
 * https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract (same article on bybit.com):
 *
 *   LP (long)  = Entry Price − [(Initial Margin − Maintenance Margin) / Position Size] − Extra Margin / Position Size
 *   LP (short) = Entry Price + [(Initial Margin − Maintenance Margin) / Position Size] + Extra Margin / Position Size
 *   Position Value = Position Size × Entry Price; IM = Position Value / leverage;
 *   MM = Position Value × MMR − Maintenance Margin Deduction
 *
 * IM + extra margin is the position margin (`available`). Note the maintenance margin is valued at
 * ENTRY, not at the mark price; the engine's margin ratio for Bybit uses the same convention so the
 * two agree. The risk-limit bracket is picked by the position value at entry. Bybit's newer Unified
 * Trading Account articles add an estimated fee to close; pass `includeClosingFee: true` for that.
 */
export const bybitLinear: RuleSetFormula = {
  tierNotionalAt: 'entry',
  maintenanceValuedAt: 'entry',
  priceFor(
    { sign, quantity, entryPrice, entryNotional, available }: PricingInput,
    mmr: Decimal,
    deduction: Decimal,
  ) {
    const maintenanceMargin = entryNotional.times(mmr).minus(deduction);
    return positiveOrNull(entryPrice.minus(signed(available.minus(maintenanceMargin).div(quantity), sign)));
  },
};
