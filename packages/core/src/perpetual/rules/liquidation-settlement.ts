import { Decimal } from '../../decimal';
import type { MarginMode, Rules } from '../../types';
import { assertRules } from './rule-set';

/**
 * Who receives the margin balance a position still holds when the liquidation engine has closed it
 * (the equity at the fill, after the liquidation fee; a deficit is a separate matter — the insurance fund
 * covers it on every venue here).
 * - `trader`: it stays in the trader's balance.
 * - `insurance-fund`: the exchange's insurance fund keeps it (whether as a clearance fee or as the gain
 *   from settling the trader at the bankruptcy price).
 * - `liquidator-vault`: a backstop liquidator takes over the position together with its margin.
 * - `unconfirmed`: we found no published statement from the venue; the product says so instead of guessing.
 */
export type RemainderRecipient = 'trader' | 'insurance-fund' | 'liquidator-vault' | 'unconfirmed';

/** A venue's own page, and what it says in our words. */
export interface SettlementSource {
  readonly url: string;
  readonly title: string;
  readonly says: string;
}

export interface SettlementRule {
  /** The exchange whose rule this is (one rule covers all of its products here). */
  readonly venue: string;
  readonly remainderTo: RemainderRecipient;
  /**
   * A backstop that takes over before the book can absorb the liquidation (Hyperliquid): when the margin
   * balance at the mark is below `belowMaintenance` × the maintenance margin, the remainder goes to
   * `remainderTo` instead.
   */
  readonly backstop?: { readonly belowMaintenance: Decimal; readonly remainderTo: RemainderRecipient };
  /** One plain sentence for the UI: where the money goes on this venue. */
  readonly summary: string;
  readonly sources: readonly SettlementSource[];
}

export interface LiquidationSettlement {
  readonly rules: Rules;
  readonly isolated: SettlementRule;
  readonly cross: SettlementRule;
}

// Binance — both futures products (USDS-M and COIN-M); the two pages below are written for Binance
// Futures as a whole. The Liquidation FAQ: a forced liquidation is charged a liquidation fee, and "for
// smaller position holders, as the effective maintenance margin is already lower than the liquidation fee
// rate, they are already bankrupt before the liquidation takes place (regardless of the final clearing
// price)". The Insurance Fund FAQ: the fund collects the liquidation fees of liquidations that do not end
// in bankruptcy, and keeps any profit from the bankrupt positions it takes over. So the margin left at the
// liquidation price (the maintenance margin) goes to the insurance fund. (For the largest brackets, whose
// maintenance rate exceeds the fee rate, Binance first reduces the position with partial liquidations,
// which the replay does not model.)
const BINANCE_SOURCES: readonly SettlementSource[] = [
  {
    url: 'https://www.binance.com/en/support/faq/360033525271',
    title: 'Binance Futures — Liquidation',
    says: 'A liquidated position is charged a liquidation fee; small positions, whose maintenance rate is below that fee rate, are bankrupt before the liquidation whatever the fill.',
  },
  {
    url: 'https://www.binance.com/en/support/faq/360033525371',
    title: 'Binance — Introduction to Futures Insurance Funds',
    says: 'The insurance fund collects the liquidation fees of liquidations that do not end in bankruptcy and keeps the profit from bankrupt positions it takes over.',
  },
];
const BINANCE: SettlementRule = {
  venue: 'Binance',
  remainderTo: 'insurance-fund',
  summary:
    'Binance charges a liquidation fee that goes to its insurance fund; for ordinary position sizes it takes everything left at liquidation.',
  sources: BINANCE_SOURCES,
};

// Bybit — linear and inverse alike (the help page's own example is the inverse BTCUSD contract):
// "When liquidations can be executed in the market at a price better than the bankruptcy price, the
// remaining margin will be added to the insurance fund."
const BYBIT: SettlementRule = {
  venue: 'Bybit',
  remainderTo: 'insurance-fund',
  summary:
    'Bybit settles a liquidated position at its bankruptcy price; the margin a better fill leaves is added to the insurance fund.',
  sources: [
    {
      url: 'https://www.bybit.com/en/help-center/article/Insurance-Fund',
      title: 'Bybit Help Center — Insurance Fund',
      says: 'When a liquidation fills better than the bankruptcy price, the remaining margin is added to the insurance fund; a worse fill is covered by it.',
    },
  ],
};

// Gate — Help Center article 22081 "Instructions of insurance fund" (read on Gate's gate.tv help mirror):
// when the liquidation's average fill is better than the bankruptcy price, the balance left is added to
// the insurance fund and the user loses the whole position margin.
const GATE: SettlementRule = {
  venue: 'Gate',
  remainderTo: 'insurance-fund',
  summary:
    'Gate adds whatever a liquidation fill leaves above the bankruptcy price to its insurance fund; the trader loses the whole position margin.',
  sources: [
    {
      url: 'https://gate.tv/en/help/futures/logical/22081/instructions-of-insurance-fund',
      title: 'Gate Help Center — Instructions of insurance fund',
      says: 'If a liquidation fills better than the bankruptcy price, the balance left goes to the insurance fund and the user loses the whole margin.',
    },
  ],
};

// OKX — its Learn page says a liquidation collects a clearance fee that is added to the OKX insurance
// fund. We found no OKX page saying who receives margin left after that fee, so the rule is unconfirmed.
const OKX: SettlementRule = {
  venue: 'OKX',
  remainderTo: 'unconfirmed',
  summary:
    'OKX publishes that its liquidation clearance fee goes to its insurance fund, but not who receives margin left after that fee: unconfirmed.',
  sources: [
    {
      url: 'https://www.okx.com/learn/when-would-my-order-be-liquidated',
      title: 'OKX Learn — When would my order be liquidated?',
      says: 'Below 100% margin level the position is closed in part or in full and a liquidation clearance fee is added to the OKX insurance fund.',
    },
  ],
};

// Hyperliquid — docs "Liquidations": the position is first sent to the book as market orders, and "any
// remaining collateral remains with the trader"; if equity falls below 2/3 of the maintenance margin
// without a successful book liquidation, the liquidator vault takes the position and its margin (cross:
// the whole cross margin; isolated: that position's margin) and "the maintenance margin is not returned
// to the user".
const HYPERLIQUID_SOURCES: readonly SettlementSource[] = [
  {
    url: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations',
    title: 'Hyperliquid Docs — Liquidations',
    says: 'A liquidation closed on the order book leaves the remaining collateral with the trader; below 2/3 of the maintenance margin the liquidator vault takes the position and margin, and the maintenance margin is not returned.',
  },
];
const TWO_THIRDS = new Decimal(2).div(3);
const hyperliquid = (scope: string): SettlementRule => ({
  venue: 'Hyperliquid',
  remainderTo: 'trader',
  backstop: { belowMaintenance: TWO_THIRDS, remainderTo: 'liquidator-vault' },
  summary: `Hyperliquid leaves what is left with the trader when the order book absorbs the liquidation; below 2/3 of the maintenance margin its liquidator vault takes ${scope} instead.`,
  sources: HYPERLIQUID_SOURCES,
});

const SETTLEMENTS: Record<Rules, LiquidationSettlement> = {
  'binance-usdm': { rules: 'binance-usdm', isolated: BINANCE, cross: BINANCE },
  'binance-coinm': { rules: 'binance-coinm', isolated: BINANCE, cross: BINANCE },
  'bybit-linear': { rules: 'bybit-linear', isolated: BYBIT, cross: BYBIT },
  'bybit-linear-unified': { rules: 'bybit-linear-unified', isolated: BYBIT, cross: BYBIT },
  'bybit-inverse': { rules: 'bybit-inverse', isolated: BYBIT, cross: BYBIT },
  'okx-linear': { rules: 'okx-linear', isolated: OKX, cross: OKX },
  'gate-linear': { rules: 'gate-linear', isolated: GATE, cross: GATE },
  hyperliquid: {
    rules: 'hyperliquid',
    isolated: hyperliquid('the position and its isolated margin'),
    cross: hyperliquid('the cross positions and the whole cross margin'),
  },
};

/** The venue's published rule for the margin left at a liquidation, in the given margin mode. */
export function liquidationSettlement(rules: unknown, marginMode: MarginMode): SettlementRule {
  const settlement = SETTLEMENTS[assertRules(rules)];
  return marginMode === 'cross' ? settlement.cross : settlement.isolated;
}

/**
 * Who receives the remainder of a liquidated position, given its margin balance and maintenance margin
 * at the mark that triggered the liquidation (they decide whether a backstop took over).
 */
export function remainderRecipient(
  rule: SettlementRule,
  balanceAtMark: Decimal,
  maintenanceAtMark: Decimal,
): RemainderRecipient {
  const { backstop } = rule;
  if (backstop && balanceAtMark.lt(maintenanceAtMark.times(backstop.belowMaintenance))) {
    return backstop.remainderTo;
  }
  return rule.remainderTo;
}
