import {
  ALL_RULES,
  bankruptcyPrice,
  binanceBtcusdtTiers,
  Decimal,
  distanceToLiquidation,
  isInverse,
  isRules,
  liquidationPrice,
  type MaintenanceTier,
  type MarginMode,
  maintenanceMargin,
  maintenanceTierFor,
  marginRatio,
  type PositionSpec,
  positionMargin,
  quantityForQuoteValue,
  quoteValueOf,
  type Rules,
  requiresInput,
  ruleSetInfo,
  type Side,
  supportsCross,
  toDecimal,
  unrealizedPnl,
} from '@liqlab/core';
import { type EngineResult, runEngine } from '~/lib/engine-result';

export interface ExplorerInputs {
  rules: Rules;
  side: Side;
  marginMode: MarginMode;
  entryPrice: string;
  /** Linear: base units (BTC). Inverse: whole contracts of `contractSize` USD each. */
  quantity: string;
  /** Inverse only: the USD value of one contract. */
  contractSize: string;
  leverage: string;
  /** Isolated margin override, in the margin asset; empty means notional ÷ leverage. */
  margin: string;
  walletBalance: string;
  /** Flat rate, used when `useTiers` is false. */
  maintenanceMarginRate: string;
  useTiers: boolean;
  /** Read only by the rule sets whose published formula adds the fee to close (OKX, Gate). */
  takerFeeRate: string;
  /** The mark price picked on the slider. */
  markPrice: string;
}

export interface ExplorerFigures {
  liquidation: Decimal | null;
  /** Distance from entry to the liquidation price, in percent of entry. */
  distancePercent: Decimal | null;
  bankruptcy: Decimal | null;
  maintenanceAtLiquidation: Decimal | null;
  /** The bracket applied at the liquidation price, when a tier table is used. */
  tier: MaintenanceTier | null;
  collateral: Decimal;
  /** At the slider's mark price. */
  equityAtMark: Decimal;
  maintenanceAtMark: Decimal;
  marginRatioAtMark: Decimal;
}

/** Illustrative taker fee (0.05%), the course's usual figure, for OKX's and Gate's formulas. */
const DEFAULT_TAKER_FEE_RATE = '0.0005';
/** Hyperliquid lists BTC at 40× maximum; its maintenance margin is half the initial margin at that leverage. */
const HYPERLIQUID_BTC_MAX_LEVERAGE = '40';
/**
 * USD per BTC contract: Binance COIN-M's BTCUSD perpetual is 100 USD a contract, Bybit's inverse
 * BTCUSD 1 USD (each venue's contract specification).
 */
const INVERSE_BTC_CONTRACT_USD: Partial<Record<Rules, string>> = {
  'binance-coinm': '100',
  'bybit-inverse': '1',
};
/** The bundled tier table is Binance's USDS-M BTCUSDT table; no other rule set may borrow it. */
const TIER_TABLE_RULES: Rules = 'binance-usdm';

/** The optional control groups; the entry, size, leverage and maintenance rate are always shown. */
export const EXPLORER_CONTROLS = ['rules', 'side', 'marginMode', 'margin', 'tiers', 'markPrice'] as const;
export type ExplorerControl = (typeof EXPLORER_CONTROLS)[number];

/** The control groups a lesson opens the widget with (see `controls` in COMPONENTS.md). */
export function explorerControls(controls: string | undefined): ExplorerControl[] {
  if (controls === undefined) return [...EXPLORER_CONTROLS];
  const listed = controls.split(',').map((c) => c.trim());
  return EXPLORER_CONTROLS.filter((c) => listed.includes(c));
}

/** What the widget offers for the current rule set: every option listed here must price. */
export interface ExplorerOptions {
  rules: readonly Rules[];
  marginModes: MarginMode[];
  tiers: boolean;
}

export function explorerOptions(inputs: Pick<ExplorerInputs, 'rules'>): ExplorerOptions {
  return {
    rules: ALL_RULES,
    marginModes: supportsCross(inputs.rules) ? ['isolated', 'cross'] : ['isolated'],
    tiers: inputs.rules === TIER_TABLE_RULES,
  };
}

/** The units the figures are in: prices in the quote currency, margin in the rule set's margin asset. */
export interface ExplorerUnits {
  price: string;
  margin: string;
  marginDigits: number;
  quantity: string;
}

export function explorerUnits(rules: Rules): ExplorerUnits {
  const info = ruleSetInfo(rules);
  return isInverse(rules)
    ? { price: 'USD', margin: info.marginAsset, marginDigits: 8, quantity: 'contracts' }
    : { price: info.marginAsset, margin: info.marginAsset, marginDigits: 2, quantity: 'BTC' };
}

const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Switches the rule set and keeps the position the same size in USD (contracts ↔ BTC, margin and
 * wallet converted at the entry price), dropping what the new rule set does not offer (cross margin,
 * the Binance tier table).
 */
export function withExplorerRules(inputs: ExplorerInputs, rules: Rules): ExplorerInputs {
  const options = explorerOptions({ rules });
  const contractSize = INVERSE_BTC_CONTRACT_USD[rules] ?? '';
  const next: ExplorerInputs = {
    ...inputs,
    rules,
    contractSize,
    marginMode: options.marginModes.includes(inputs.marginMode) ? inputs.marginMode : 'isolated',
    useTiers: options.tiers && inputs.useTiers,
  };
  const fromInverse = isInverse(inputs.rules);
  const toInverse = isInverse(rules);
  const { entryPrice } = inputs;
  if (fromInverse === toInverse || !DECIMAL.test(entryPrice) || new Decimal(entryPrice).isZero()) {
    return next;
  }
  const reprice = (amount: string) =>
    fromInverse ? new Decimal(amount).times(entryPrice) : new Decimal(amount).div(entryPrice);
  const convert = (amount: string) =>
    DECIMAL.test(amount) ? reprice(amount).toSignificantDigits(8).toFixed() : amount;
  if (DECIMAL.test(inputs.quantity)) {
    const quote = quoteValueOf(inputs.rules, inputs.quantity, entryPrice, inputs.contractSize || '1');
    next.quantity = quantityForQuoteValue(rules, quote, entryPrice, contractSize || '1').toFixed();
  }
  next.margin = convert(inputs.margin);
  next.walletBalance = convert(inputs.walletBalance);
  return next;
}

/** The widget's MDX props (all strings, see COMPONENTS.md). */
export interface LiquidationPriceExplorerProps {
  rules: string;
  side: string;
  marginMode: string;
  entryPrice: string;
  quantity: string;
  leverage: string;
  margin?: string;
  walletBalance?: string;
  maintenanceMarginRate?: string;
  tiersPreset?: string;
  /**
   * The optional control groups the widget opens with (comma-separated `ExplorerControl`s), so a
   * lesson offers only what has been taught by then; absent: all of them. The rest stays one click away.
   */
  controls?: string;
}

/** What the widget opens on: the lesson's props, with the defaults the widget documents. */
export function explorerInputsFromProps(props: LiquidationPriceExplorerProps): ExplorerInputs {
  const rules = isRules(props.rules) ? props.rules : 'binance-usdm';
  return {
    rules,
    side: props.side === 'short' ? 'short' : 'long',
    marginMode: props.marginMode === 'cross' ? 'cross' : 'isolated',
    entryPrice: props.entryPrice,
    quantity: props.quantity,
    contractSize: INVERSE_BTC_CONTRACT_USD[rules] ?? '',
    leverage: props.leverage,
    margin: props.margin ?? '',
    walletBalance: props.walletBalance ?? '10000',
    maintenanceMarginRate: props.maintenanceMarginRate ?? '0.005',
    useTiers: props.tiersPreset === 'binance-btcusdt',
    takerFeeRate: DEFAULT_TAKER_FEE_RATE,
    markPrice: props.entryPrice,
  };
}

export function explorerSpec(inputs: ExplorerInputs): PositionSpec {
  const spec: PositionSpec = {
    rules: inputs.rules,
    side: inputs.side,
    marginMode: inputs.marginMode,
    entryPrice: inputs.entryPrice,
    quantity: inputs.quantity,
    leverage: inputs.leverage,
  };
  if (isInverse(inputs.rules)) spec.contractSize = inputs.contractSize;
  if (requiresInput(inputs.rules, 'takerFeeRate')) spec.takerFeeRate = inputs.takerFeeRate;
  if (ruleSetInfo(inputs.rules).maintenanceFromMaxLeverage) spec.maxLeverage = HYPERLIQUID_BTC_MAX_LEVERAGE;
  else if (inputs.useTiers) spec.tiers = binanceBtcusdtTiers as MaintenanceTier[];
  else spec.maintenanceMarginRate = inputs.maintenanceMarginRate;
  if (inputs.marginMode === 'cross') spec.walletBalance = inputs.walletBalance;
  else if (inputs.margin.trim() !== '') spec.margin = inputs.margin;
  return spec;
}

export function explorerFigures(inputs: ExplorerInputs): EngineResult<ExplorerFigures> {
  return runEngine(() => {
    const spec = explorerSpec(inputs);
    const liquidation = liquidationPrice(spec);
    const collateral = positionMargin(spec);
    const mark = toDecimal(inputs.markPrice, 'markPrice');
    const tier =
      liquidation !== null && spec.tiers
        ? maintenanceTierFor(spec.tiers, toDecimal(inputs.quantity, 'quantity').times(liquidation))
        : null;
    return {
      liquidation,
      distancePercent:
        liquidation === null ? null : distanceToLiquidation(inputs.entryPrice, liquidation, 1, 1).percent,
      bankruptcy: bankruptcyPrice(spec),
      maintenanceAtLiquidation: liquidation === null ? null : maintenanceMargin(spec, liquidation),
      tier,
      collateral,
      // Margin balance = collateral (isolated margin, or the cross wallet) + unrealized PnL at the mark.
      equityAtMark: collateral.plus(unrealizedPnl(spec, mark)),
      maintenanceAtMark: maintenanceMargin(spec, mark),
      marginRatioAtMark: marginRatio(spec, mark),
    };
  });
}
