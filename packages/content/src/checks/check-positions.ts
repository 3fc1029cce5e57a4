import type { Decimal, PositionSpec } from '@liqlab/core';

/**
 * The positions inline checks are computed from: the course's running example (an isolated 10× long of
 * 1 BTC at 60,000 on Binance's formula, 0.5% maintenance) with the prompt's own changes.
 */
export const long10x = (over: Partial<PositionSpec> = {}): PositionSpec => ({
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '60000',
  quantity: '1',
  leverage: '10',
  maintenanceMarginRate: '0.005',
  ...over,
});

/** A numeric answer to the cent, as the checks store it. */
export const cents = (value: Decimal) => value.toDecimalPlaces(2).toFixed();

export function required(value: Decimal | null, what: string): Decimal {
  if (value === null) throw new Error(`the engine has no ${what} for this position`);
  return value;
}
