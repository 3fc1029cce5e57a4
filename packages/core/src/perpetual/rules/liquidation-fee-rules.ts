import { type Decimal, type Num, toNonNegativeDecimal } from '../../decimal';
import type { Rules } from '../../types';
import { assertRules } from './rule-set';

/**
 * The liquidation (clearance) fee a venue charges on the size its liquidation engine closes, as the
 * venue publishes it:
 * - `taker-fee-rate`: the taker fee rate, on the notional closed at the fill — the fee the venue's own
 *   liquidation-price formula already reserves next to the maintenance rate (OKX, Gate);
 * - `none`: no separate fee (the venue says so, or settles at the bankruptcy price and keeps what the
 *   fill leaves — see liquidation-settlement.ts);
 * - `unconfirmed`: the venue says a fee is charged but we found no page of its stating the rate.
 */
export type LiquidationFeeBasis = 'taker-fee-rate' | 'none' | 'unconfirmed';

export interface LiquidationFeeRule {
  readonly venue: string;
  readonly basis: LiquidationFeeBasis;
  readonly summary: string;
  readonly sources: readonly { readonly url: string; readonly title: string; readonly says: string }[];
}

const BINANCE: LiquidationFeeRule = {
  venue: 'Binance',
  basis: 'unconfirmed',
  summary:
    'Binance charges a liquidation (insurance clearance) fee on the amount liquidated, but the pages we found state no rate: unconfirmed, so none is charged unless you give one.',
  sources: [
    {
      url: 'https://www.binance.com/en/support/faq/360033525271',
      title: 'Binance Futures — Liquidation',
      says: 'A forced liquidation is charged a liquidation fee on the amount liquidated, which goes to the insurance fund.',
    },
  ],
};

// Bybit settles the liquidated position at its bankruptcy price and adds what a better fill leaves to
// the insurance fund (Help Center "Liquidation Process (USDT Contract)", "Insurance Fund"): there is no
// fee on top — the margin left is the insurance fund's either way.
const BYBIT: LiquidationFeeRule = {
  venue: 'Bybit',
  basis: 'none',
  summary:
    'Bybit charges no separate liquidation fee: it settles the position at the bankruptcy price and the insurance fund keeps what a better fill leaves.',
  sources: [
    {
      url: 'https://www.bybit.com/en/help-center/article/Liquidation-Process-USDT-Contract',
      title: 'Bybit Help Center — Liquidation Process (USDT Contract)',
      says: 'A liquidated position is taken over and settled at its bankruptcy price; a fill better than that adds the remaining margin to the insurance fund.',
    },
  ],
};

// OKX liquidates when equity falls to "the required maintenance margin plus any applicable liquidation
// fees", its margin ratio being (margin balance + PnL) / (FV × contracts × mark × (tiered MMR + fee
// rate)) — the fee rate is the account's taker fee rate — and the clearance fee goes to its insurance fund.
const OKX: LiquidationFeeRule = {
  venue: 'OKX',
  basis: 'taker-fee-rate',
  summary:
    'OKX charges a liquidation fee at your taker fee rate on the size it closes (its margin ratio already reserves it); the fee goes to its insurance fund.',
  sources: [
    {
      url: 'https://www.okx.com/help/v-tiered-maintenance-margin-ratio-rules',
      title: 'OKX Help Center — Tiered maintenance margin ratio rules',
      says: 'Liquidation starts when equity falls to the maintenance margin plus the applicable liquidation fee; the margin ratio divides by notional × (MMR + fee rate).',
    },
    {
      url: 'https://www.okx.com/learn/when-would-my-order-be-liquidated',
      title: 'OKX Learn — When would my order be liquidated?',
      says: 'A liquidation clearance fee is collected and added to the OKX insurance fund.',
    },
  ],
};

// Gate's published liquidation price adds the taker fee rate to the maintenance rate (rules/gate-linear.ts:
// "(MMR + Taker fee rate)"), i.e. it reserves the taker fee for the closing order of the liquidation.
const GATE: LiquidationFeeRule = {
  venue: 'Gate',
  basis: 'taker-fee-rate',
  summary:
    'Gate’s liquidation price reserves the taker fee for the closing order, so the liquidation pays the taker fee rate on what it closes; the insurance fund keeps what is left.',
  sources: [
    {
      url: 'https://www.gate.com/help/futures/perpetual/22159/liquidation-process',
      title: 'Gate Help Center — Liquidation Process',
      says: 'Once liquidation is triggered the position is closed through the market, then by the insurance fund and ADL.',
    },
    {
      url: 'https://www.gatenode.pro/post/status/3870211',
      title: 'Gate (official account, Gate Square) — liquidation price formula',
      says: 'The liquidation price divides by 1 ∓ (MMR + taker fee rate): the taker fee of the closing order is reserved with the maintenance margin.',
    },
  ],
};

// Hyperliquid docs "Liquidations": liquidations go to the order book and "there is no clearance fee".
const HYPERLIQUID: LiquidationFeeRule = {
  venue: 'Hyperliquid',
  basis: 'none',
  summary:
    'Hyperliquid charges no clearance fee: the liquidation is an ordinary market order on the book and what is left stays with the trader.',
  sources: [
    {
      url: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations',
      title: 'Hyperliquid Docs — Liquidations',
      says: 'Liquidations are sent to the order book as market orders; unlike centralised exchanges there is no clearance fee.',
    },
  ],
};

const RULES: Record<Rules, LiquidationFeeRule> = {
  'binance-usdm': BINANCE,
  'binance-coinm': BINANCE,
  'bybit-linear': BYBIT,
  'bybit-linear-unified': BYBIT,
  'bybit-inverse': BYBIT,
  'okx-linear': OKX,
  'gate-linear': GATE,
  hyperliquid: HYPERLIQUID,
};

export function liquidationFeeRule(rules: unknown): LiquidationFeeRule {
  return RULES[assertRules(rules)];
}

/**
 * The rate the venue charges on the notional its liquidation closes: the taker fee rate where that is
 * the venue's rule (it must then be given), 0 where the venue charges none, and null where the rate is
 * unconfirmed (the caller decides; the replay charges nothing unless told a rate).
 */
export function venueLiquidationFeeRate(rules: unknown, takerFeeRate?: Num): Decimal | null {
  const { basis } = liquidationFeeRule(rules);
  if (basis === 'unconfirmed') return null;
  if (basis === 'none') return toNonNegativeDecimal(0, 'liquidationFeeRate');
  return toNonNegativeDecimal(takerFeeRate, 'takerFeeRate');
}
