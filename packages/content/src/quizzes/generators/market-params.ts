import type { ParamSpec } from './numeric-generator';

/**
 * Realistic BTCUSDT figures shared by the generators: what the draws pick from, and what a pinned value
 * may be. Ticks follow the exchange: prices on 0.1, quantities on 0.001 BTC.
 */
export const PRICE_TICK = '0.1';
export const QUANTITY_STEP = '0.001';

export const BTC_PRICE_RANGE = { min: '20000', max: '110000' } as const;
export const QUANTITY_RANGE = { min: '0.01', max: '2.5' } as const;

export const LEVERAGES = ['2', '3', '4', '5', '8', '10', '12', '15', '20', '25', '30', '40', '50'] as const;

/** Flat maintenance rates seen on BTC and large altcoin perpetuals (0.4% is Binance BTCUSDT's first bracket). */
export const MAINTENANCE_RATES = ['0.004', '0.005', '0.0065', '0.01', '0.0125', '0.02', '0.025'] as const;

/** Taker fees of the large venues: Binance 0.05% / 0.04% (VIP), Bybit 0.055%, OKX 0.05%, Gate 0.075%. */
export const TAKER_FEE_RATES = ['0.0004', '0.00045', '0.0005', '0.00055', '0.0006', '0.00075'] as const;

/** Funding rates per interval: the 0.01% baseline and the higher prints of crowded longs. */
export const FUNDING_RATES = ['0.0001', '0.00015', '0.0002', '0.0003', '0.0005', '0.00075', '0.001'] as const;

/**
 * A maintenance rate that leaves the position a real cushion: at most half the initial margin rate,
 * the way exchange brackets pair 125× with 0.4% and 50× with 1%.
 */
export function maintenanceRatesFor(leverage: string): readonly string[] {
  const limit = 0.5 / Number(leverage);
  const allowed = MAINTENANCE_RATES.filter((rate) => Number(rate) <= limit);
  return allowed.length > 0 ? allowed : [MAINTENANCE_RATES[0]];
}

export const priceSpec: ParamSpec = { kind: 'decimal', min: '1000', max: '1000000', money: true };
export const quantitySpec: ParamSpec = { kind: 'decimal', min: '0.001', max: '100' };
export const leverageSpec: ParamSpec = { kind: 'decimal', min: '1', max: '125' };
export const maintenanceRateSpec: ParamSpec = { kind: 'decimal', min: '0', max: '0.1' };
export const feeRateSpec: ParamSpec = { kind: 'decimal', min: '0', max: '0.01' };
export const amountSpec: ParamSpec = { kind: 'decimal', min: '0.01', max: '100000000', money: true };
export const sideSpec: ParamSpec = { kind: 'enum', values: ['long', 'short'] };
