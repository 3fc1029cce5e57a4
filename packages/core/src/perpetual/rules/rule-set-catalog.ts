import { Decimal, type Num, toDecimal } from '../../decimal';

/** An input a rule set's published formula reads beyond the common position (side, entry, size, margin). */
export type RuleSetInput = 'contractSize' | 'takerFeeRate';

/** The facts about one exchange rule set that every schema, form, label and generator reads. */
export interface RuleSetInfo {
  /** The engine's id (`rules` in a PositionSpec). */
  readonly id: string;
  /** The name the product shows for it (form options, widget headings). */
  readonly name: string;
  readonly venue: string;
  readonly product: string;
  /**
   * linear: quantity in the base asset, margin and PnL in the quote; inverse (coin-margined): quantity
   * in contracts of `contractSize` quote each, margin and PnL in the coin, algebra in 1 / price.
   */
  readonly contract: 'linear' | 'inverse';
  /** Whether the venue publishes a cross-margin formula (the engine refuses cross otherwise). */
  readonly supportsCross: boolean;
  /** The asset margin and PnL are counted in (for the BTC contracts the course uses). */
  readonly marginAsset: string;
  /**
   * The asset prices and position values are quoted in: the settlement asset for a linear contract
   * (BTCUSDT is quoted in USDT), USD for an inverse one (BTCUSD: contracts are worth USD, margin is BTC).
   * Every label in the product names a figure by one of these two, never a loose "USD" for USDT.
   */
  readonly quoteAsset: string;
  /**
   * Inputs the engine cannot price the rule set without: contractSize for inverse contracts, and the
   * taker fee where the published formula adds the closing fee to the maintenance rate (unless the
   * caller leaves the fee out explicitly).
   */
  readonly requiredInputs: readonly RuleSetInput[];
  /** Hyperliquid: the maintenance margin is half the initial margin at the asset's maximum leverage. */
  readonly maintenanceFromMaxLeverage: boolean;
  /**
   * The price a stop-loss or take-profit order follows unless the trader picks another: the last
   * trade ('last') or the mark price ('mark'). Liquidation always follows the mark price; a stop on
   * the last price can fire on a wick the mark price never makes. Each venue's source is cited below.
   */
  readonly stopTriggerDefault: 'last' | 'mark';
}

/**
 * Every rule set the engine implements, once. Sources of each formula are cited in the rule set's own
 * file (binance-usdm.ts, …); the registry (rule-registry.ts) must hold one formula per id here.
 */
export const RULE_SET_CATALOG = [
  {
    id: 'binance-usdm',
    name: 'Binance USDS-M (USDT-margined)',
    venue: 'Binance',
    product: 'USDS-M perpetual futures',
    contract: 'linear',
    supportsCross: true,
    marginAsset: 'USDT',
    quoteAsset: 'USDT',
    requiredInputs: [],
    maintenanceFromMaxLeverage: false,
    // Binance USDS-M New Order: workingType MARK_PRICE or CONTRACT_PRICE (the last price), default
    // CONTRACT_PRICE — https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api
    stopTriggerDefault: 'last',
  },
  {
    id: 'binance-coinm',
    name: 'Binance COIN-M (coin-margined)',
    venue: 'Binance',
    product: 'COIN-M perpetual futures',
    contract: 'inverse',
    supportsCross: true,
    marginAsset: 'BTC',
    quoteAsset: 'USD',
    requiredInputs: ['contractSize'],
    maintenanceFromMaxLeverage: false,
    // Binance COIN-M New Order: the same workingType, default CONTRACT_PRICE —
    // https://developers.binance.com/docs/derivatives/coin-margined-futures/trade/rest-api
    stopTriggerDefault: 'last',
  },
  {
    id: 'bybit-linear',
    name: 'Bybit USDT perpetual',
    venue: 'Bybit',
    product: 'USDT perpetual (linear)',
    contract: 'linear',
    supportsCross: true,
    marginAsset: 'USDT',
    quoteAsset: 'USDT',
    requiredInputs: [],
    maintenanceFromMaxLeverage: false,
    // Bybit V5 Place Order: slTriggerBy MarkPrice or IndexPrice, default LastPrice (linear and inverse) —
    // https://bybit-exchange.github.io/docs/v5/order/create-order
    stopTriggerDefault: 'last',
  },
  {
    id: 'bybit-linear-unified',
    name: 'Bybit USDT perpetual (unified account)',
    venue: 'Bybit',
    product: 'USDT perpetual (linear), unified account',
    contract: 'linear',
    // Bybit publishes the unified account's isolated formula only; its cross margin is account-wide.
    supportsCross: false,
    marginAsset: 'USDT',
    quoteAsset: 'USDT',
    requiredInputs: [],
    maintenanceFromMaxLeverage: false,
    // Bybit V5 Place Order (the unified account's API): slTriggerBy default LastPrice —
    // https://bybit-exchange.github.io/docs/v5/order/create-order
    stopTriggerDefault: 'last',
  },
  {
    id: 'bybit-inverse',
    name: 'Bybit inverse perpetual',
    venue: 'Bybit',
    product: 'Inverse perpetual (coin-margined)',
    contract: 'inverse',
    supportsCross: true,
    marginAsset: 'BTC',
    quoteAsset: 'USD',
    // Bybit's inverse contracts are 1 USD each; the engine takes that when none is given.
    requiredInputs: [],
    maintenanceFromMaxLeverage: false,
    // Bybit V5 Place Order: slTriggerBy default LastPrice, as for linear.
    stopTriggerDefault: 'last',
  },
  {
    id: 'okx-linear',
    name: 'OKX USDT swap',
    venue: 'OKX',
    product: 'USDT-margined perpetual swap',
    contract: 'linear',
    supportsCross: false,
    marginAsset: 'USDT',
    quoteAsset: 'USDT',
    requiredInputs: ['takerFeeRate'],
    maintenanceFromMaxLeverage: false,
    // OKX Place algo order: slTriggerPxType last, index or mark, default last —
    // https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-place-algo-order
    stopTriggerDefault: 'last',
  },
  {
    id: 'gate-linear',
    name: 'Gate USDT futures',
    venue: 'Gate',
    product: 'USDT-margined perpetual futures',
    contract: 'linear',
    supportsCross: false,
    marginAsset: 'USDT',
    quoteAsset: 'USDT',
    requiredInputs: ['takerFeeRate'],
    maintenanceFromMaxLeverage: false,
    // Gate's price-triggered futures order must name its price_type (0 last, 1 mark, 2 index) and
    // publishes no default — https://www.gate.com/docs/developers/apiv4/#create-a-price-triggered-order ;
    // the last price, as on the other three centralised venues, is the sandbox's starting choice.
    stopTriggerDefault: 'last',
  },
  {
    id: 'hyperliquid',
    name: 'Hyperliquid',
    venue: 'Hyperliquid',
    product: 'Perpetual (USDC-margined)',
    contract: 'linear',
    supportsCross: true,
    marginAsset: 'USDC',
    quoteAsset: 'USDC',
    requiredInputs: [],
    maintenanceFromMaxLeverage: true,
    // Hyperliquid: TP/SL orders are triggered by the mark price —
    // https://hyperliquid.gitbook.io/hyperliquid-docs/trading/take-profit-and-stop-loss-orders-tp-sl
    stopTriggerDefault: 'mark',
  },
] as const satisfies readonly RuleSetInfo[];

/** The exchange rule sets the engine implements, each from that exchange's published formula. */
export type Rules = (typeof RULE_SET_CATALOG)[number]['id'];

/** Every rule set's id, in the catalog's order (the order forms offer them in). */
export const ALL_RULES: readonly Rules[] = RULE_SET_CATALOG.map((info) => info.id);

const BY_ID = new Map<string, RuleSetInfo & { id: Rules }>(RULE_SET_CATALOG.map((info) => [info.id, info]));

export function isRules(value: unknown): value is Rules {
  return typeof value === 'string' && BY_ID.has(value);
}

export function ruleSetInfo(rules: Rules): RuleSetInfo & { id: Rules } {
  return BY_ID.get(rules)!;
}

/** Inverse (coin-margined) contracts: quantity in contracts, margin and PnL in the coin, algebra in 1/price. */
export function isInverse(rules: Rules): boolean {
  return ruleSetInfo(rules).contract === 'inverse';
}

export function requiresInput(rules: Rules, input: RuleSetInput): boolean {
  return ruleSetInfo(rules).requiredInputs.includes(input);
}

export function supportsCross(rules: Rules): boolean {
  return ruleSetInfo(rules).supportsCross;
}

/** Linear quantities keep 18 decimals (the database's scale); inverse contracts are whole, as on every exchange. */
const LINEAR_QUANTITY_DECIMALS = 18;

/**
 * The position's size in the quote currency (what a learner types as "size in USDT/USD"):
 * quantity × price (linear) or contracts × contract size (inverse, independent of the price).
 */
export function quoteValueOf(rules: Rules, quantity: Num, price: Num, contractSize: Num = 1): Decimal {
  const q = toDecimal(quantity, 'quantity');
  return isInverse(rules)
    ? q.times(toDecimal(contractSize, 'contractSize'))
    : q.times(toDecimal(price, 'price'));
}

/**
 * The quantity for a size in the quote currency, the inverse of quoteValueOf: base units (linear,
 * 18 decimals) or whole contracts (inverse). Rounded down, so the position is never larger than typed.
 */
export function quantityForQuoteValue(
  rules: Rules,
  quoteValue: Num,
  price: Num,
  contractSize: Num = 1,
): Decimal {
  const value = toDecimal(quoteValue, 'notional');
  return isInverse(rules)
    ? value.div(toDecimal(contractSize, 'contractSize')).toDecimalPlaces(0, Decimal.ROUND_DOWN)
    : value.div(toDecimal(price, 'price')).toDecimalPlaces(LINEAR_QUANTITY_DECIMALS, Decimal.ROUND_DOWN);
}

/**
 * The position's value in its margin asset at `price`: |qty| × price (linear), |qty| × size / price
 * (inverse, in the coin). This is the notional maintenance tiers and margins are computed on.
 */
export function marginAssetValueOf(rules: Rules, quantity: Num, price: Num, contractSize: Num = 1): Decimal {
  const q = toDecimal(quantity, 'quantity').abs();
  const p = toDecimal(price, 'price');
  return isInverse(rules) ? q.times(toDecimal(contractSize, 'contractSize')).div(p) : q.times(p);
}
