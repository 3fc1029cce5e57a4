import { Decimal } from '../../decimal';
import type { Rules } from '../../types';
import { assertRules } from './rule-set';

/**
 * How a venue liquidates a large position in steps instead of all at once, as the venue publishes it.
 * - `to-compliant-tier` (Bybit): close just enough to bring the position down to the highest lower tier
 *   in which what is left meets its maintenance margin; if no lower tier does, liquidate in full.
 * - `to-first-tier` (OKX): from tier `fromTier` (1-based) up, close down to the largest size tier 1
 *   accepts; below `fromTier`, liquidate in full.
 * - `fraction` (Hyperliquid): above `aboveNotional` at the mark, send `fraction` of the position; for
 *   `cooldownMs` afterwards every liquidation is for the whole position.
 * - `unconfirmed`: the venue says it reduces large positions first but publishes no rule for how much;
 *   the product says so and the replay liquidates in full rather than guess the size.
 */
export type PartialLiquidationMethod =
  | { readonly kind: 'to-compliant-tier' }
  | { readonly kind: 'to-first-tier'; readonly fromTier: number }
  | {
      readonly kind: 'fraction';
      readonly fraction: Decimal;
      readonly aboveNotional: Decimal;
      readonly cooldownMs: number;
    }
  | { readonly kind: 'unconfirmed' };

export interface PartialLiquidationSource {
  readonly url: string;
  readonly title: string;
  /** What the page says, in our words. */
  readonly says: string;
}

export interface PartialLiquidationRule {
  readonly venue: string;
  readonly method: PartialLiquidationMethod;
  /** One plain sentence for the UI and the lesson. */
  readonly summary: string;
  readonly sources: readonly PartialLiquidationSource[];
}

// Binance — Liquidation FAQ: positions in the larger brackets are reduced before a full liquidation
// (the existing settlement note cites the same page); Binance's copy-trading platform documents the
// same protocol: "attempt to reduce the user's margin limit with one large Immediate or Cancel order
// without fully liquidating the user", stopping "if the user is margin compliant after calculating the
// realized losses and liquidation fee deductions". Neither page says how large that order is.
const BINANCE: PartialLiquidationRule = {
  venue: 'Binance',
  method: { kind: 'unconfirmed' },
  summary:
    'Binance first tries to cut a large position with one reduce order and stops if the rest is margin compliant, but publishes no rule for the size of that cut: unconfirmed, so the replay liquidates in full.',
  sources: [
    {
      url: 'https://www.binance.com/en/support/faq/360033525271',
      title: 'Binance Futures — Liquidation',
      says: 'Larger positions are reduced with partial liquidations before a full liquidation; the liquidation fee is charged on the amount liquidated.',
    },
    {
      url: 'https://docs.traderwagon.com/faq/futures-trading-introduction/liquidation-protocol',
      title: 'TraderWagon (Binance) — Liquidation Protocol',
      says: 'One large Immediate-or-Cancel order reduces the position without closing it; liquidation stops once the account is margin compliant after realized losses and fees.',
    },
  ],
};

// Bybit — Help Center "Liquidation Process (USDT Contract)" and its inverse twin: under the lowest tier
// the position is closed at the bankruptcy price; from the second tier up, Bybit "Submit[s] a FillOrKill
// order of the difference between the current position value and the lower margin tier value which
// satisfies the margin requirement"; if that still does not avoid liquidation, the whole position is
// taken over at the bankruptcy price. Read here as: the smallest cut that lands in a lower tier whose
// requirement the rest meets.
const BYBIT: PartialLiquidationRule = {
  venue: 'Bybit',
  method: { kind: 'to-compliant-tier' },
  summary:
    'Bybit cuts a position above its lowest risk-limit tier down to the highest lower tier whose maintenance margin the rest can meet, and liquidates in full only if no lower tier is enough.',
  sources: [
    {
      url: 'https://www.bybit.com/en/help-center/article/Liquidation-Process-USDT-Contract',
      title: 'Bybit Help Center — Liquidation Process (USDT Contract)',
      says: 'From the second tier up, a Fill-or-Kill order for the difference between the position value and the lower tier value that satisfies the margin requirement; otherwise the whole position at the bankruptcy price.',
    },
  ],
};

// OKX — Help Center "Forced Partial or Full Liquidation" (okx.com support article 360020411711): for a
// position at tier 3 or above, partial liquidation closes "until it is at Tier 1" (its example: 15,000
// swaps held, tier 1 accepts at most 2,000, so 13,000 are closed); if the rest meets the maintenance
// rate plus the liquidation fee rate, liquidation stops, otherwise it starts over; tiers 1–2 are
// liquidated in full. Later third-party summaries describe a two-tiers-at-a-time variant; we found it
// on no OKX page, so the rule here is the one OKX's own page states.
const OKX: PartialLiquidationRule = {
  venue: 'OKX',
  method: { kind: 'to-first-tier', fromTier: 3 },
  summary:
    'OKX cuts a position at tier 3 or above down to the largest size tier 1 accepts, and stops there if the rest meets its maintenance margin plus the liquidation fee; tiers 1 and 2 are liquidated in full.',
  sources: [
    {
      url: 'https://www.okx.com/help/hc/en-us/articles/360020411711-V-Forced-Partial-or-Full-Liquidation',
      title: 'OKX Help Center — Forced Partial or Full Liquidation',
      says: 'From tier 3 up the position is liquidated until it is at tier 1 (15,000 swaps held, tier 1 maximum 2,000: 13,000 closed); tiers 1 and 2 are liquidated in full.',
    },
  ],
};

// Gate — its risk-limit article describes tiers assigned by position value, and Gate-hosted articles
// describe a "tiered" or "ladder-style" liquidation, but the Help Center's liquidation-process page we
// could read stops before saying how much a step closes: unconfirmed.
const GATE: PartialLiquidationRule = {
  venue: 'Gate',
  method: { kind: 'unconfirmed' },
  summary:
    'Gate describes liquidating large positions in steps, but we found no Gate page stating how much each step closes: unconfirmed, so the replay liquidates in full.',
  sources: [
    {
      url: 'https://www.gate.com/help/futures/perpetual/22159/liquidation-process',
      title: 'Gate Help Center — Liquidation Process',
      says: 'Liquidation is judged on the mark price; once triggered the system cancels open orders and closes the position through the market, the insurance fund and ADL in turn.',
    },
  ],
};

// Hyperliquid — docs "Liquidations": "For liquidatable positions larger than 100k USDC … only 20% of the
// position will be sent as a market liquidation order to the book. After a block where any position of
// a user is partially liquidated, there is a cooldown period of 30 seconds. During this cooldown
// period, all market liquidation orders for that user will be for the entire position."
const HYPERLIQUID: PartialLiquidationRule = {
  venue: 'Hyperliquid',
  method: {
    kind: 'fraction',
    fraction: new Decimal('0.2'),
    aboveNotional: new Decimal(100_000),
    cooldownMs: 30_000,
  },
  summary:
    'Hyperliquid sends only 20% of a liquidatable position above 100,000 USDC to the book; for 30 seconds after that, any further liquidation takes the whole position.',
  sources: [
    {
      url: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations',
      title: 'Hyperliquid Docs — Liquidations',
      says: 'Liquidatable positions above 100k USDC are liquidated 20% at a time, with a 30-second cooldown during which liquidation orders are for the entire position.',
    },
  ],
};

const RULES: Record<Rules, PartialLiquidationRule> = {
  'binance-usdm': BINANCE,
  'binance-coinm': BINANCE,
  'bybit-linear': BYBIT,
  'bybit-linear-unified': BYBIT,
  'bybit-inverse': BYBIT,
  'okx-linear': OKX,
  'gate-linear': GATE,
  hyperliquid: HYPERLIQUID,
};

/** The venue's published rule for liquidating a large position in steps. */
export function partialLiquidationRule(rules: unknown): PartialLiquidationRule {
  return RULES[assertRules(rules)];
}
