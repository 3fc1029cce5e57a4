import { Decimal } from '../../decimal';
import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import type { MaintenanceTier } from '../../types';
import { decimalField, jsonRows, rowsForSymbol, type SymbolRows, textField, tierError } from './table-rows';
import type { TableRow } from './tier-table-text';
import { rowsBetweenCaps, tierUpToCap } from './tiers-between-caps';

/**
 * Gate's risk-limit tiers, as `GET /api/v4/futures/usdt/risk_limit_tiers` returns them
 * (https://www.gate.com/docs/developers/apiv4/#list-risk-limit-tiers; model FuturesRiskLimitTier,
 * https://github.com/gateio/gateapi-python/blob/master/docs/FuturesRiskLimitTier.md): a bare list
 * `[{ tier, risk_limit, initial_rate, maintenance_rate, leverage_max, contract, deduction }]`, errors
 * as `{ label, message }`. `risk_limit` is the tier's "Position risk limit", a position value in USDT
 * (Help Center, "Risk Limit": "selecting 90x … leverage allows a maximum position value of 100,000
 * USDT", https://www.gate.com/help/futures/futures-logic/22162), and `deduction` the "maintenance
 * margin quick calculation deduction amount".
 *
 * Boundary: the same article says "The user's position value cannot exceed the maximum limit of the
 * chosen tier", so a value equal to a tier's limit is in that tier: (previous limit, limit].
 *
 * Deduction: Gate computes the maintenance margin "using a tiered approach … first … the MMR of the
 * lowest tier, applying the next tier's MMR only to the portion exceeding the previous limit"
 * (https://www.gate.com/futures-introduction/margin/perpetual-usdtm-BTC_USDT), which is
 * value × MMR(n) − deduction(n) with deduction(n) = deduction(n−1) + limit(n−1) × (MMR(n) − MMR(n−1)).
 * The API's `deduction` is used as given; a table without it (the Help Center's, pasted as CSV) gets
 * it from that rule.
 */
export interface GateRiskLimitOptions {
  /** Which contract to read when the list holds several (e.g. BTC_USDT). */
  symbol?: string;
}

const symbolOf = (row: TableRow) => textField(row, 'contract');

export function gateRowsFromJson(value: unknown): SymbolRows {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'label' in value) {
    const body = value as { label: unknown; message?: unknown };
    throw new LiquidationError(
      'INVALID_TIERS',
      `Gate returned error ${describeInput(body.label)} instead of risk-limit tiers: ${describeInput(body.message ?? '')}.`,
      'label',
    );
  }
  return { rows: jsonRows(value, 'tiers', 'the Gate risk-limit tiers', 'tier'), symbolOf };
}

export function gateRowsFromCsv(rows: readonly TableRow[]): SymbolRows {
  return { rows, symbolOf };
}

/** Converts Gate risk-limit tiers into engine tiers that include their cap. */
export function gateTiers(source: SymbolRows, options: GateRiskLimitOptions = {}): MaintenanceTier[] {
  const tiers = rowsBetweenCaps(rowsForSymbol(source, options.symbol, 'Gate'), 'risk_limit');
  let previousRate = new Decimal(0);
  let gradientDeduction = new Decimal(0);
  return tiers.map((tier, i) => {
    const { row, floor } = tier;
    const rate = decimalField(row, 'maintenance_rate');
    if (rate.gte(1))
      throw tierError(row, 'maintenance_rate', `maintenance_rate must be below 1, got ${rate}.`);
    const leverage = decimalField(row, 'leverage_max');
    if (leverage.lte(0))
      throw tierError(row, 'leverage_max', `leverage_max must be above 0, got ${leverage}.`);
    if (i > 0) gradientDeduction = gradientDeduction.plus(floor.times(rate.minus(previousRate)));
    previousRate = rate;
    const amount = row.values.deduction === undefined ? gradientDeduction : decimalField(row, 'deduction');
    return tierUpToCap(tier, { rate, amount, leverage });
  });
}
