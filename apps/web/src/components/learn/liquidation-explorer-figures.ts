import {
  bankruptcyPrice,
  binanceBtcusdtTiers,
  type Decimal,
  distanceToLiquidation,
  isRules,
  liquidationPrice,
  type MaintenanceTier,
  type MarginMode,
  maintenanceMargin,
  maintenanceTierFor,
  marginRatio,
  type PositionSpec,
  positionMargin,
  type Rules,
  type Side,
  toDecimal,
  unrealizedPnl,
} from '@liqlab/core';
import { type EngineResult, runEngine } from '~/lib/engine-result';

export interface ExplorerInputs {
  rules: Rules;
  side: Side;
  marginMode: MarginMode;
  entryPrice: string;
  quantity: string;
  leverage: string;
  /** Isolated margin override; empty means notional ÷ leverage. */
  margin: string;
  walletBalance: string;
  /** Flat rate, used when `useTiers` is false. */
  maintenanceMarginRate: string;
  useTiers: boolean;
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
}

/** What the widget opens on: the lesson's props, with the defaults the widget documents. */
export function explorerInputsFromProps(props: LiquidationPriceExplorerProps): ExplorerInputs {
  return {
    rules: isRules(props.rules) ? props.rules : 'binance-usdm',
    side: props.side === 'short' ? 'short' : 'long',
    marginMode: props.marginMode === 'cross' ? 'cross' : 'isolated',
    entryPrice: props.entryPrice,
    quantity: props.quantity,
    leverage: props.leverage,
    margin: props.margin ?? '',
    walletBalance: props.walletBalance ?? '10000',
    maintenanceMarginRate: props.maintenanceMarginRate ?? '0.005',
    useTiers: props.tiersPreset === 'binance-btcusdt',
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
  if (inputs.useTiers) spec.tiers = binanceBtcusdtTiers as MaintenanceTier[];
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
