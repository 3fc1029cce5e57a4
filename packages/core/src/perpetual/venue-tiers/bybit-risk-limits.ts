import { Decimal } from '../../decimal';
import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import type { MaintenanceTier } from '../../types';
import { decimalField, jsonRows, rowsForSymbol, type SymbolRows, textField, tierError } from './table-rows';
import type { TableRow } from './tier-table-text';
import { rowsBetweenCaps, tierUpToCap } from './tiers-between-caps';

/**
 * Bybit's risk-limit tiers, as `GET /v5/market/risk-limit` returns them
 * (https://bybit-exchange.github.io/docs/v5/market/risk-limit):
 * `{ "retCode": 0, "retMsg": "OK", "result": { "category", "list": [{ id, symbol, riskLimitValue,
 * maintenanceMargin, initialMargin, isLowestRisk, maxLeverage, mmDeduction }] } }`.
 * `riskLimitValue` is the tier's "Position limit" — the position value in the settlement asset (USDT
 * for linear, the coin for inverse: the documented example is BTCUSD with "150") — and `mmDeduction`
 * "the maintenance margin deduction value when risk limit tier changed"; it is "" on tables without
 * one, read as 0.
 *
 * Boundary: Bybit publishes only a cap per tier, "the maximum position value you can hold" under that
 * tier's margin rates (https://bybit-exchange.github.io/doc-v3-offline/derivatives/unified/risk-limit),
 * and assigns a position the tier by its value (Help Center, "Risk Limit (Perpetual and Futures
 * Contracts)", https://www.bybit.com/en/help-center/article/Risk-Limit-USDT-Contract):
 * a value equal to a tier's limit is still in that tier, so each tier is (previous limit, limit].
 *
 * Units: the rates are fractions on the live API, but the documented response example gives
 * "maintenanceMargin": "0.5", "initialMargin": "1" next to "maxLeverage": "100.00" — percentages
 * (1% initial margin is 100x). The table's own initial rate × max leverage tells them apart: about 1
 * for fractions, about 100 for percentages; anything else is refused as ambiguous.
 */
export interface BybitRiskLimitOptions {
  /** Which symbol to read when the response lists several (category=linear returns a page of symbols). */
  symbol?: string;
}

const HUNDRED = new Decimal(100);
const symbolOf = (row: TableRow) => textField(row, 'symbol');

/** Reads Bybit's JSON response (with its `retCode`/`result` envelope, or the bare `list`) into rows. */
export function bybitRowsFromJson(value: unknown): SymbolRows {
  if (Array.isArray(value))
    return { rows: jsonRows(value, 'list', 'the Bybit risk limits', 'tier'), symbolOf };
  const envelope = (value ?? {}) as { retCode?: unknown; retMsg?: unknown; result?: { list?: unknown } };
  if (envelope.retCode !== undefined && Number(envelope.retCode) !== 0) {
    throw new LiquidationError(
      'INVALID_TIERS',
      `Bybit returned error ${describeInput(envelope.retCode)} instead of risk limits: ${describeInput(envelope.retMsg ?? '')}.`,
      'retCode',
    );
  }
  const list = envelope.result?.list;
  if (list === undefined) {
    throw new LiquidationError(
      'INVALID_TIERS',
      'The Bybit response has no result.list: paste the whole response of /v5/market/risk-limit.',
      'result.list',
    );
  }
  return { rows: jsonRows(list, 'result.list', 'the Bybit risk limits', 'tier'), symbolOf };
}

export function bybitRowsFromCsv(rows: readonly TableRow[]): SymbolRows {
  return { rows, symbolOf };
}

/** 1 when the rates are fractions, 1/100 when they are percentages (see the note on units above). */
function rateScale(row: TableRow): Decimal {
  const product = decimalField(row, 'initialMargin').times(decimalField(row, 'maxLeverage'));
  if (product.gte('0.9') && product.lte('1.1')) return new Decimal(1);
  if (product.gte(90) && product.lte(110)) return new Decimal(1).div(HUNDRED);
  throw tierError(
    row,
    'initialMargin',
    `initialMargin × maxLeverage is ${product}: expected about 1 (rates as fractions) or 100 (percentages), so the units of the rates are unclear.`,
  );
}

/** Converts Bybit risk-limit tiers into engine tiers that include their cap. */
export function bybitTiers(source: SymbolRows, options: BybitRiskLimitOptions = {}): MaintenanceTier[] {
  const tiers = rowsBetweenCaps(rowsForSymbol(source, options.symbol, 'Bybit'), 'riskLimitValue');
  const scale = rateScale(tiers[0]!.row);
  return tiers.map((tier) => {
    const { row } = tier;
    const rate = decimalField(row, 'maintenanceMargin');
    const mmr = rate.times(scale);
    if (mmr.gte(1))
      throw tierError(row, 'maintenanceMargin', `maintenanceMargin must be below 100%, got ${rate}.`);
    const leverage = decimalField(row, 'maxLeverage');
    if (leverage.lte(0)) throw tierError(row, 'maxLeverage', `maxLeverage must be above 0, got ${leverage}.`);
    const amount = decimalField(row, 'mmDeduction', { emptyAs: new Decimal(0) });
    return tierUpToCap(tier, { rate: mmr, amount, leverage });
  });
}
