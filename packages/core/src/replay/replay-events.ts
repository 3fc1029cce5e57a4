import type { Decimal } from '../decimal';
import type { PartialCut } from '../perpetual/partial-liquidation';
import type { RemainderRecipient } from '../perpetual/rules/liquidation-settlement';

export type ReplayEventType =
  | 'warning'
  | 'margin-call'
  | 'stop-loss'
  | 'take-profit'
  | 'funding'
  | 'interest'
  | 'partial-liquidation'
  | 'liquidation'
  | 'bankruptcy'
  | 'negative-equity'
  | 'end';

/** Who absorbs a deficit: the exchange's insurance fund (perpetuals) or the trader, as a debt (margin loans). */
export type DeficitCoveredBy = 'insurance-fund' | 'trader';

export interface ReplayEvent {
  type: ReplayEventType;
  /** Tick index in the path. */
  index: number;
  /** Tick time (epoch ms). */
  time: number;
  /** The price the event happened at: the fill price for closes, the mark otherwise. */
  price: Decimal;
  /** Mark price of the tick. */
  mark: Decimal;
  /** Margin balance after the event (perpetual: collateral + unrealized PnL; margin loan: assets − liabilities). */
  equity: Decimal;
  /** Perpetual: maintenance margin / margin balance at the tick's mark (Infinity once equity ≤ 0). Margin loan: the margin level. */
  marginRatio: Decimal;
  /** The threshold that fired (warning ratio, margin-call or liquidation level). */
  level?: Decimal;
  /** Funding or interest: signed amount, positive when received. Fees: positive amount paid. */
  amount?: Decimal;
  fee?: Decimal;
  /** The liquidation price in force when the event happened (perpetuals). */
  liquidationPrice?: Decimal | null;
  /**
   * partial-liquidation: the size the venue's rule closed and the size left (base units, or contracts
   * for inverse), the PnL the closed part realised at `price`, and the tiers (0-based) before and after
   * when the position is priced from a tier table.
   */
  closedQuantity?: Decimal;
  remainingQuantity?: Decimal;
  realizedPnl?: Decimal;
  tierFrom?: number | null;
  tierTo?: number | null;
  /** negative-equity: the deficit and who covers it. */
  deficit?: Decimal;
  coveredBy?: DeficitCoveredBy;
}

/** What a liquidated perpetual still held after the fill and the liquidation fee, and who received it. */
export interface LiquidationRemainder {
  amount: Decimal;
  /** From the venue's published settlement rule (liquidationSettlement); `unconfirmed` when none was found. */
  recipient: RemainderRecipient;
}

export type ReplayOutcome = 'open' | 'stopped-out' | 'took-profit' | 'liquidated';

export interface ReplayResult {
  events: ReplayEvent[];
  outcome: ReplayOutcome;
  /** Index of the tick where the position was closed, or null if it is still open at the end. */
  closedAt: number | null;
  /** Margin balance at the close fill, or at the last tick's mark when still open. */
  finalEquity: Decimal;
  /**
   * What goes back to the trader's wallet: the margin left after the close (after closing and liquidation
   * fees); for a position still open, its mark-to-market value less the fee to close. A liquidated
   * perpetual returns its remainder only when the venue's rule gives it to the trader (and nothing when
   * the rule is unconfirmed). Never negative for a perpetual (the insurance fund takes the deficit);
   * negative for a margin loan means the trader owes it.
   */
  residual: Decimal;
  /** Liquidated perpetuals only (null otherwise): the margin left after the fill and fee, and its recipient. */
  liquidationRemainder: LiquidationRemainder | null;
  /**
   * The cuts the venue's partial-liquidation rule made before the close (perpetuals; empty otherwise):
   * their realised losses and fees already came out of the margin the remainder is what is left of.
   */
  partialCuts: PartialCut[];
  /** Deficit absorbed by the insurance fund (perpetuals only). */
  insuranceFundCover: Decimal;
  /** Deficit the trader owes (margin loans only). */
  traderDebt: Decimal;
  /** Sum of funding (or interest) received, negative when paid. */
  totalFunding: Decimal;
  /** Trading, liquidation and other fees paid. */
  totalFees: Decimal;
  /** residual − equity at the start − fees paid from outside the position. */
  netPnl: Decimal;
}
