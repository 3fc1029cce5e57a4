import type { Num } from '../decimal';

/** Which price triggers a stop or take-profit order. Exchanges offer both; the mark ignores one venue's wicks. */
export type TriggerPrice = 'mark' | 'last';

export interface TriggerOrder {
  price: Num;
  /** Default 'mark'. */
  trigger?: TriggerPrice;
}

/**
 * How far a market order fills beyond the price of the tick that triggered it, adverse to the trader.
 * - `bps`: a fixed cost, fill = tick price × (1 ∓ bps / 10 000).
 * - `gap-fraction`: proportional to the gap, fill = tick price ∓ fraction × |tick price − order price|:
 *   a gentle touch fills near the tick, a gap far past the order slips further.
 */
export type SlippageModel = { kind: 'bps'; bps: Num } | { kind: 'gap-fraction'; fraction: Num };

export interface FundingOptions {
  /** Rate per interval (e.g. 0.0001 = 0.01%), or a schedule by funding time; positive means longs pay shorts. */
  rate: Num | ((time: number, fundingIndex: number) => Num);
  /** Default 8 hours. Funding times are the multiples of the interval since the epoch (00:00, 08:00, 16:00 UTC). */
  intervalMs?: number;
}

export interface FeeSettings {
  /** Taker fee on opening and closing fills; default: the spec's takerFeeRate. */
  takerFeeRate?: Num;
  /** Charge the opening fee at the first tick (default true). */
  openFee?: boolean;
  /** Charge the closing fee on stop-loss / take-profit / end-of-path fills (default true). */
  closeFee?: boolean;
  /** Liquidation ("clearance") fee rate on the notional at the liquidation fill, capped at what is left (default 0). */
  liquidationFeeRate?: Num;
}

/**
 * Where a liquidated position is closed.
 * - `liquidation-price` (default): the engine closes at the liquidation price, unless the mark gapped past
 *   the bankruptcy price, in which case it closes at that tick's mark and the account goes negative.
 * - `tick-mark`: always at the mark of the tick that triggered the liquidation (a gap past the
 *   liquidation price costs the trader the gap).
 * - `bankruptcy-price`: the trader's side is settled at the bankruptcy price, so the whole position
 *   margin is lost and what was left above it goes to the insurance fund (Bybit's convention); a gap
 *   past it still fills at the tick's mark.
 */
export type LiquidationFill = 'liquidation-price' | 'tick-mark' | 'bankruptcy-price';

/**
 * Liquidation of a large position in steps, by the venue's published rule (partialLiquidationRule):
 * on by default; venues whose rule is unconfirmed liquidate in full either way.
 */
export interface PartialLiquidationOptions {
  /** Default true. */
  enabled?: boolean;
  /** The venue's smallest size step (OKX: the contract's face value), for the size a step leaves. */
  lotSize?: Num;
}

export interface ReplayOptions {
  /** Margin-ratio levels (0 < level < 1) that each raise one warning the first time they are reached; default [0.8]. */
  warningRatios?: readonly Num[];
  stopLoss?: TriggerOrder;
  takeProfit?: TriggerOrder;
  slippage?: SlippageModel;
  funding?: FundingOptions;
  /** Off unless given. */
  fees?: FeeSettings;
  liquidationFill?: LiquidationFill;
  partialLiquidation?: PartialLiquidationOptions;
}
