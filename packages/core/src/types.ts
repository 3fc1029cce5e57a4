import type { Num } from './decimal';

import type { Rules } from './perpetual/rules/rule-set-catalog';

export type { Rules };

export type Side = 'long' | 'short';
export type MarginMode = 'isolated' | 'cross';

/** One row of an exchange's maintenance-margin bracket table. */
export interface MaintenanceTier {
  notionalFloor: Num;
  /**
   * Where the tier ends. Only the last tier may leave it out (absent, null or ""): an open-ended last
   * tier, as Hyperliquid publishes its margin tiers (">150M") and as many venues show their top tier —
   * no position is too large for the table.
   */
  notionalCap?: Num | null;
  maxLeverage?: Num;
  maintenanceMarginRate: Num;
  /** Binance's "maintenance amount" (cum): the deduction that makes the tiers continuous. */
  maintenanceAmount: Num;
  /**
   * What floor and cap measure (the same for every row of a table): the position's notional in its
   * margin asset (default), or its size in base units — OKX tiers by contracts, converted with the
   * contract's face value (see venue-tiers/okx-position-tiers.ts).
   */
  boundsIn?: 'notional' | 'quantity';
  /**
   * Which edge belongs to the tier (the same for every row): 'floor' (default) — the tier whose floor
   * is the highest at or below the size, i.e. [floor, cap) — or 'cap', for venues that publish only a
   * cap per tier (Bybit's and Gate's risk limit: the largest position value the tier allows), i.e.
   * (floor, cap]. Either way the last cap is the largest position the table allows, itself included.
   */
  includes?: 'floor' | 'cap';
}

/** Another position in the same cross-margin account. */
export interface OtherPosition {
  side: Side;
  quantity: Num;
  entryPrice: Num;
  markPrice: Num;
  maintenanceMarginRate: Num;
  maintenanceAmount?: Num;
}

export interface PositionSpec {
  rules: Rules;
  side: Side;
  marginMode: MarginMode;
  entryPrice: Num;
  /** Linear: base-asset units. Inverse: number of contracts. */
  quantity: Num;
  /** Inverse: quote (USD) value of one contract. */
  contractSize?: Num;
  leverage?: Num;
  /** Isolated: collateral assigned to the position (quote for linear, coin for inverse). Default: initial margin. */
  margin?: Num;
  /** Cross: the account's wallet balance. */
  walletBalance?: Num;
  /** A fixed maintenance tier … */
  maintenanceMarginRate?: Num;
  maintenanceAmount?: Num;
  /** … or the bracket table; the engine picks the tier by each exchange's own convention. */
  tiers?: MaintenanceTier[];
  /** For rules whose formula includes the closing fee. */
  takerFeeRate?: Num;
  /** Hyperliquid: the asset's maximum leverage. */
  maxLeverage?: Num;
  /** Cross only. */
  otherPositions?: OtherPosition[];
}

/** A two-asset spot margin account such as BTC/USDT. */
export interface MarginAccount {
  baseAsset: Num;
  quoteAsset: Num;
  baseLiability: Num;
  quoteLiability: Num;
  /** Accrued interest, valued in quote. */
  interest?: Num;
}
