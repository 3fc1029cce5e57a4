import {
  bankruptcyPrice,
  closingFee,
  Decimal,
  distanceToLiquidation,
  initialMargin,
  liquidationPrice,
  liquidationProbability,
  maintenanceTierFor,
  marginAssetValueOf,
  marginRatio,
  openingFee,
  pnlAndRoe,
  positionMargin,
  ruleSetInfo,
} from '@liqlab/core';
import { type EngineInputs, engineInputsOf } from '@liqlab/scenario/engine-inputs-from-scenario';
import { type AnalysisInputs, analysisOf } from './analysis-inputs';
import { type DraftValidator, isParsed } from './draft-validator';
import { engineFieldErrors, type FieldErrors } from './field-errors';
import type { SandboxState } from './sandbox-state';

/** Without a bracket table the slider stops at Binance's highest BTCUSDT leverage. */
export const FALLBACK_MAX_LEVERAGE = new Decimal(125);

export interface PanelFigures {
  marginAsset: string;
  /** Base units (linear) or contracts (inverse), after any conversion from a size in quote. */
  quantity: Decimal;
  /** Position value at entry in the margin asset. */
  notional: Decimal;
  initialMargin: Decimal;
  /** What backs the position: the isolated margin or the cross wallet. */
  collateral: Decimal;
  liquidationPrice: Decimal | null;
  bankruptcyPrice: Decimal | null;
  markPrice: Decimal;
  /** Maintenance margin / margin balance at the mark; ≥ 1 means liquidation (Infinity when nothing is left). */
  marginRatio: Decimal;
  distance: { percent: Decimal; sigmas: number } | null;
  /** Probability (0…1) that the mark touches the liquidation price within the horizon; null without σ. */
  liquidationProbability: number | null;
  /** Probability that the stop-loss is touched within the horizon. */
  stopProbability: number | null;
  /** The most the trader can lose on this position (in the margin asset), and why it is bounded. */
  maxLoss: Decimal;
  maxLossBound: 'stop-loss' | 'margin' | 'wallet';
  openingFee: Decimal | null;
  closingFee: Decimal | null;
  /** The leverage cap the slider uses: the bracket's for the entry notional, or the asset's. */
  maxLeverage: Decimal;
  analysis: AnalysisInputs | null;
}

export type PanelResult =
  | { ok: true; inputs: EngineInputs; figures: PanelFigures; errors: FieldErrors }
  | { ok: false; errors: FieldErrors; maxLeverage: Decimal };

function maxLeverageOf(inputs: EngineInputs, notional: Decimal): Decimal {
  const { spec } = inputs;
  if (spec.tiers) {
    try {
      const tier = maintenanceTierFor(spec.tiers, notional);
      if (tier.maxLeverage !== undefined) return new Decimal(tier.maxLeverage as string);
    } catch {
      // A notional beyond the table: the engine names the error on the size field.
    }
  }
  return spec.maxLeverage === undefined ? FALLBACK_MAX_LEVERAGE : new Decimal(spec.maxLeverage as string);
}

function probability(spot: Decimal, barrier: Decimal, analysis: AnalysisInputs): number {
  return liquidationProbability({
    spot,
    barrier,
    annualVolatility: analysis.annualVolatility,
    annualDrift: analysis.annualDrift,
    horizonDays: analysis.horizonDays,
  });
}

/**
 * Every figure of the live panel, computed by core from the sandbox state. Pure and synchronous: the
 * page calls it on every keystroke and slider step (see panel-figures.bench.ts for its cost).
 * `markPrice` defaults to the entry (the moment the position is opened). `undefined` while the
 * validator cannot check the position yet (its schema is loading).
 */
export function computePanel<Pending>(
  state: SandboxState,
  validator: DraftValidator<Pending>,
  markPrice?: Decimal,
): PanelResult | Pending {
  const parsed = validator.position(state.scenario.position);
  if (!isParsed(parsed)) return parsed;
  if (!parsed.ok) return { ok: false, errors: parsed.errors, maxLeverage: FALLBACK_MAX_LEVERAGE };
  const inputs = engineInputsOf(parsed.value);
  const { spec, feeOptions, position } = inputs;
  const entry = new Decimal(position.entryPrice);
  const analysisResult = analysisOf(state.scenario.path, state.analysis);
  const analysis = analysisResult.ok ? analysisResult.value : null;
  const errors: FieldErrors = analysisResult.ok ? {} : analysisResult.errors;
  const quantity = new Decimal(spec.quantity as string);
  const notional = marginAssetValueOf(position.rules, quantity, entry, position.contractSize);
  const maxLeverage = maxLeverageOf(inputs, notional);
  try {
    const mark = markPrice ?? entry;
    const liq = liquidationPrice(spec, feeOptions);
    const bk = bankruptcyPrice(spec);
    const ratio = marginRatio(spec, mark, feeOptions);
    const collateral = positionMargin(spec);
    const fees = position.fees.enabled && position.takerFeeRate !== undefined;
    const open = fees ? openingFee(spec) : null;
    const close = fees ? closingFee(spec, entry) : null;
    const stop = position.stopLoss ? new Decimal(position.stopLoss.price) : null;
    const long = position.side === 'long';
    const stopBeforeLiquidation = stop !== null && (liq === null || (long ? stop.gt(liq) : stop.lt(liq)));

    let maxLoss: Decimal;
    let maxLossBound: PanelFigures['maxLossBound'];
    const everything = position.marginMode === 'cross' ? 'wallet' : 'margin';
    if (stop !== null && stopBeforeLiquidation) {
      const atStop = pnlAndRoe(spec, stop, { includeFees: fees }).pnl.negated();
      maxLoss = Decimal.min(atStop, collateral.plus(open ?? 0));
      maxLossBound = 'stop-loss';
    } else {
      maxLoss = collateral.plus(position.marginMode === 'isolated' ? (open ?? 0) : 0);
      maxLossBound = everything;
    }

    const tp = position.takeProfit ? new Decimal(position.takeProfit.price) : null;
    if (stop && (long ? stop.gte(entry) : stop.lte(entry))) {
      errors['stopLoss.price'] =
        `A ${position.side}'s stop-loss sits ${long ? 'below' : 'above'} the entry price.`;
    }
    if (tp && (long ? tp.lte(entry) : tp.gte(entry))) {
      errors['takeProfit.price'] =
        `A ${position.side}'s take-profit sits ${long ? 'above' : 'below'} the entry price.`;
    }
    const liquidatedNow = ratio.gte(1);
    const figures: PanelFigures = {
      marginAsset: ruleSetInfo(position.rules).marginAsset,
      quantity,
      notional,
      initialMargin: initialMargin(spec),
      collateral,
      liquidationPrice: liq,
      bankruptcyPrice: bk,
      markPrice: mark,
      marginRatio: ratio,
      distance:
        liq && analysis
          ? distanceToLiquidation(mark, liq, analysis.annualVolatility, analysis.horizonDays)
          : null,
      liquidationProbability: analysis
        ? liquidatedNow
          ? 1
          : liq === null
            ? 0
            : probability(mark, liq, analysis)
        : null,
      stopProbability: analysis && stop && !stop.eq(mark) ? probability(mark, stop, analysis) : null,
      maxLoss,
      maxLossBound,
      openingFee: open,
      closingFee: close,
      maxLeverage,
      analysis,
    };
    return { ok: true, inputs, figures, errors };
  } catch (error) {
    return { ok: false, errors: { ...errors, ...engineFieldErrors(error) }, maxLeverage };
  }
}
