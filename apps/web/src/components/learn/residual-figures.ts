import {
  bankruptcyPrice,
  Decimal,
  liquidationPrice,
  liquidationSettlement,
  maintenanceMargin,
  marginLoanResidualAtLiquidation,
  type PositionSpec,
  positionMargin,
  type RemainderRecipient,
  type Rules,
  remainderRecipient,
  type Side,
  unrealizedPnl,
} from '@liqlab/core';
import { type EngineResult, runEngine } from '~/lib/engine-result';

export interface SpotResidual {
  /** Asset value when the level is reached: level × debt. */
  assetsAtTrigger: Decimal;
  /** Before the fee: (level − 1) × debt. */
  maxResidual: Decimal;
  fee: Decimal;
  residual: Decimal;
}

/**
 * Spot margin: any account whose debt is `debt` in quote and whose assets are one unit of the base
 * asset reaches level L when that unit is worth L × debt; core settles it there.
 */
export function spotResidual(debt: string, level: string, feeRate: string): EngineResult<SpotResidual> {
  return runEngine(() => {
    const account = { baseAsset: '1', quoteAsset: '0', baseLiability: '0', quoteLiability: debt };
    const r = marginLoanResidualAtLiquidation(account, level, { liquidationFeeRate: feeRate });
    if (r.price === null) throw new Error('unreachable: a long account always has a liquidation price');
    return { assetsAtTrigger: r.price, maxResidual: r.equity, fee: r.liquidationFee, residual: r.residual };
  });
}

/** What the spot-margin table computes: one debt and fee rate at two liquidation ratios. */
export interface SpotResidualInputs {
  debt: string;
  level: string;
  /** The ratio of the second column, so the table shows what the choice of ratio changes. */
  compareLevel: string;
  feeRate: string;
}

/** The table's inputs as a lesson opens it (the widget's props). */
export function spotResidualInputsFromProps(props: {
  debt?: string;
  liquidationLevel?: string;
  compareLevel?: string;
  liquidationFeeRate?: string;
}): SpotResidualInputs {
  return {
    debt: props.debt ?? '12000',
    level: props.liquidationLevel ?? '1.1',
    compareLevel: props.compareLevel ?? '1.05',
    feeRate: props.liquidationFeeRate ?? '0',
  };
}

export interface SpotResidualColumn {
  level: string;
  figures: EngineResult<SpotResidual>;
}

/** The table's two columns, in order: the chosen ratio, then the ratio it is compared with. */
export function spotResidualColumns(
  inputs: SpotResidualInputs,
): readonly [SpotResidualColumn, SpotResidualColumn] {
  return [
    { level: inputs.level, figures: spotResidual(inputs.debt, inputs.level, inputs.feeRate) },
    { level: inputs.compareLevel, figures: spotResidual(inputs.debt, inputs.compareLevel, inputs.feeRate) },
  ];
}

export interface ContractResidualInputs {
  rules: Rules;
  side: Side;
  entryPrice: string;
  quantity: string;
  leverage: string;
  maintenanceMarginRate: string;
  /** Needed by the venues whose liquidation price includes the fee to close (Bybit, OKX, Gate). */
  takerFeeRate?: string;
  fillPrice: string;
}

export interface ContractResidual {
  liquidation: Decimal | null;
  bankruptcy: Decimal | null;
  /** Equity when the engine takes over: the maintenance margin at the liquidation price. */
  equityAtTakeover: Decimal | null;
  /** Margin balance at the fill: positive is a surplus, negative a shortfall (the insurance fund's). */
  atFill: Decimal;
  /** Who receives a surplus under the venue's published settlement rule (the fill stands in for the mark). */
  surplusTo: RemainderRecipient;
  /** What the trader gets back: the surplus if the rule gives it to the trader, else 0; null if unconfirmed. */
  returned: Decimal | null;
}

export function contractResidual(inputs: ContractResidualInputs): EngineResult<ContractResidual> {
  return runEngine(() => {
    const spec: PositionSpec = {
      rules: inputs.rules,
      side: inputs.side,
      marginMode: 'isolated',
      entryPrice: inputs.entryPrice,
      quantity: inputs.quantity,
      leverage: inputs.leverage,
      maintenanceMarginRate: inputs.maintenanceMarginRate,
      ...(inputs.takerFeeRate === undefined ? {} : { takerFeeRate: inputs.takerFeeRate }),
    };
    const liquidation = liquidationPrice(spec);
    const margin = positionMargin(spec);
    const atFill = margin.plus(unrealizedPnl(spec, inputs.fillPrice));
    const rule = liquidationSettlement(inputs.rules, 'isolated');
    const surplusTo = remainderRecipient(rule, atFill, maintenanceMargin(spec, inputs.fillPrice));
    const surplus = Decimal.max(atFill, 0);
    return {
      liquidation,
      bankruptcy: bankruptcyPrice(spec),
      equityAtTakeover: liquidation === null ? null : maintenanceMargin(spec, liquidation),
      atFill,
      surplusTo,
      returned: surplusTo === 'unconfirmed' ? null : surplusTo === 'trader' ? surplus : new Decimal(0),
    };
  });
}
