import { Decimal, toDecimal } from '../../decimal';
import type { PositionSpec, Rules } from '../../types';
import { liquidationBracketOf } from '../liquidation-price';
import { type FeeOptions, type NormalizedSpec, normalizeSpec } from '../normalize-spec';
import { ruleSetInfo } from '../rules/rule-set-catalog';
import { type FormulaPart, type FormulaValue, formulaValue } from './formula-parts';
import { type FormulaInputs, type FormulaStep, formulaStep, RULE_FORMULA_STEPS } from './rule-formula-steps';

/** The maintenance bracket that priced the liquidation, and why it is that one. */
export interface ExplainedTier {
  /** 1-based, as venues number their tiers. */
  readonly number: number;
  readonly floor: Decimal;
  /** null: the last tier is open-ended. */
  readonly cap: Decimal | null;
  readonly last: boolean;
  readonly boundsIn: 'notional' | 'quantity';
  readonly includes: 'floor' | 'cap';
  readonly maintenanceMarginRate: Decimal;
  readonly maintenanceAmount: Decimal;
  readonly maxLeverage: Decimal | undefined;
  /**
   * 'entry': the venue picks the tier by the position's size at entry (Bybit, OKX, and any table bounded
   * in quantity); 'liquidation-price': by the notional at the liquidation price itself (Binance, Gate,
   * Hyperliquid), so the price is solved tier by tier until it lands in its own tier.
   */
  readonly chosenBy: 'entry' | 'liquidation-price';
  /** The size the choice was made at (notional or quantity, per `boundsIn`); null when no price exists. */
  readonly sizeAtChoice: Decimal | null;
}

export interface LiquidationExplanation {
  readonly rules: Rules;
  readonly source: { readonly title: string; readonly url: string };
  readonly marginAsset: string;
  /** The reader's inputs as the formulas name them. */
  readonly inputs: readonly FormulaValue[];
  /** From the position's value to the liquidation price; the step with id 'price' holds it. */
  readonly steps: readonly FormulaStep[];
  readonly tier: ExplainedTier | null;
  /** The 'price' step's result when it is positive, else null (no liquidation price exists). */
  readonly liquidationPrice: Decimal | null;
  /** The same formula with nothing kept back (no maintenance margin; the fee to close where asked). */
  readonly bankruptcySteps: readonly FormulaStep[];
  readonly bankruptcyPrice: Decimal | null;
}

export interface ExplanationOptions {
  /** As for liquidationPrice: each rule set's published default when absent. */
  liquidation?: FeeOptions;
  /** As for bankruptcyPrice: without the fee to close when absent. */
  bankruptcy?: FeeOptions;
}

function positiveOrNull(value: Decimal): Decimal | null {
  return value.isFinite() && value.isPositive() && !value.isZero() ? value : null;
}

function priceOf(steps: readonly FormulaStep[]): Decimal | null {
  const price = steps.find((step) => step.id === 'price');
  return price ? positiveOrNull(price.result) : null;
}

/** Position value at entry, the way the engine computes it (normalize-spec.ts). */
function positionValueStep(n: NormalizedSpec, asset: string, priceUnit: string): FormulaStep {
  const quantity = formulaValue('Q', n.quantity, n.ruleSet.inverse ? 'contracts' : 'position size');
  const entry = formulaValue('EP', n.entryPrice, 'entry price', priceUnit);
  const parts: FormulaPart[] = n.ruleSet.inverse
    ? [quantity, '×', formulaValue('CS', n.contractSize, 'contract size', priceUnit), '÷', entry]
    : [quantity, '×', entry];
  return formulaStep('position-value', 'Position value at entry', 'PV', parts, asset);
}

/**
 * The learner's liquidation, reproduced and explained: every figure is a step whose formula, evaluated
 * with the learner's numbers, gives the next figure, ending in the venue's liquidation price (equal to
 * `liquidationPrice(spec, options.liquidation)` to the last digit) and bankruptcy price.
 */
export function explainLiquidation(
  spec: PositionSpec,
  options: ExplanationOptions = {},
): LiquidationExplanation {
  const n = normalizeSpec(spec, options.liquidation);
  const info = ruleSetInfo(n.rules);
  const formula = RULE_FORMULA_STEPS[n.rules];
  const asset = info.marginAsset;
  const priceUnit = info.quoteAsset;
  const inputs: FormulaValue[] = [];
  const steps: FormulaStep[] = [];

  const value = positionValueStep(n, asset, priceUnit);
  steps.push(value);
  const pv = formulaValue('PV', value.result, 'position value at entry', asset);

  let margin: FormulaValue;
  let bankruptcyMargin: FormulaValue;
  if (n.marginMode === 'isolated') {
    if (spec.margin === undefined) {
      const leverage = formulaValue('Leverage', n.leverage!, 'leverage');
      const step = formulaStep(
        'margin',
        'Isolated margin (initial margin)',
        formula.marginSymbol,
        [pv, '÷', leverage],
        asset,
      );
      steps.push(step);
      inputs.push(leverage);
      margin = formulaValue(formula.marginSymbol, step.result, 'isolated margin', asset);
    } else {
      margin = formulaValue(formula.marginSymbol, n.collateral, 'isolated margin', asset);
      inputs.push(margin);
    }
    bankruptcyMargin = margin;
  } else {
    const wallet = formulaValue('WB', n.collateral, 'wallet balance', asset);
    inputs.push(wallet);
    if (n.otherMaintenance.isZero() && n.otherUnrealizedPnl.isZero()) {
      margin = wallet;
      bankruptcyMargin = wallet;
    } else {
      const upnl = formulaValue('UPNL1', n.otherUnrealizedPnl, "other positions' unrealised PnL", asset);
      const tmm = formulaValue('TMM1', n.otherMaintenance, "other positions' maintenance margin", asset);
      const available = formulaStep(
        'available',
        'Cross margin left for this position',
        'Available',
        [wallet, '+', upnl, '−', tmm],
        asset,
      );
      steps.push(available);
      margin = formulaValue('Available', available.result, 'cross margin left for this position', asset);
      const atBankruptcy = formulaStep(
        'available',
        'Cross margin at the bankruptcy price (others keep no maintenance)',
        'Available',
        [wallet, '+', upnl],
        asset,
      );
      bankruptcyMargin = formulaValue(
        'Available',
        atBankruptcy.result,
        'cross margin, no maintenance',
        asset,
      );
      inputs.push(upnl, tmm);
    }
  }

  const bracket = liquidationBracketOf(n);
  let rate = bracket.rate;
  const fromMaxLeverage =
    info.maintenanceFromMaxLeverage && spec.tiers === undefined && spec.maintenanceMarginRate === undefined;
  if (fromMaxLeverage && n.maintenance.kind === 'fixed') {
    const maxLeverage = formulaValue(
      'MaxLev',
      toDecimal(spec.maxLeverage, 'maxLeverage'),
      "the asset's maximum leverage",
    );
    const step = formulaStep(
      'maintenance-rate',
      'Maintenance rate: half the initial margin rate at maximum leverage',
      'l',
      [
        formulaValue('1', new Decimal(1), 'one'),
        '÷',
        '(',
        formulaValue('2', new Decimal(2), 'two'),
        '×',
        maxLeverage,
        ')',
      ],
    );
    steps.push(step);
    inputs.push(maxLeverage);
    rate = step.result;
  }

  const common = {
    sign: n.sign,
    quantity: n.quantity,
    contractSize: n.contractSize,
    entryPrice: n.entryPrice,
    marginAsset: asset,
    priceUnit,
  } as const;
  const liquidationInputs: FormulaInputs = {
    ...common,
    available: margin,
    maintenanceRate: rate,
    feeRate: n.closingFeeRate,
    amount: bracket.amount,
    target: 'liquidation',
  };
  // Steps the formula repeats (Bybit's and Hyperliquid's position value) are shown once.
  const known = new Set(steps.map((step) => step.id));
  steps.push(...formula.steps(liquidationInputs).filter((step) => !known.has(step.id)));
  const liquidation = priceOf(steps);

  let tier: ExplainedTier | null = null;
  if (bracket.tier !== null && bracket.chosenBy !== 'fixed') {
    const t = bracket.tier;
    let sizeAtChoice: Decimal | null = t.boundsIn === 'quantity' ? n.quantity : n.entryNotional;
    if (bracket.chosenBy === 'liquidation-price') {
      sizeAtChoice = null;
      if (liquidation !== null) {
        const at = formulaValue('LP', liquidation, 'liquidation price', priceUnit);
        const q = formulaValue('Q', n.quantity, n.ruleSet.inverse ? 'contracts' : 'position size');
        const check = formulaStep(
          'notional-at-price',
          'Position value at the liquidation price (it must lie in the tier used)',
          'N',
          n.ruleSet.inverse
            ? [q, '×', formulaValue('CS', n.contractSize, 'contract size', priceUnit), '÷', at]
            : [q, '×', at],
          asset,
        );
        steps.push(check);
        sizeAtChoice = check.result;
      }
    }
    tier = {
      number: t.index + 1,
      floor: t.floor,
      cap: t.cap,
      last: t.last,
      boundsIn: t.boundsIn,
      includes: t.includes,
      maintenanceMarginRate: t.rate,
      maintenanceAmount: t.amount,
      maxLeverage: t.maxLeverage,
      chosenBy: bracket.chosenBy,
      sizeAtChoice,
    };
  }

  const bankruptcyFee = normalizeSpec(spec, {
    includeClosingFee: options.bankruptcy?.includeClosingFee ?? false,
  }).closingFeeRate;
  const bankruptcySteps = formula
    .steps({
      ...common,
      available: bankruptcyMargin,
      maintenanceRate: new Decimal(0),
      feeRate: bankruptcyFee,
      amount: new Decimal(0),
      target: 'bankruptcy',
    })
    .filter((step) => step.id !== 'position-value');

  return {
    rules: n.rules,
    source: formula.source,
    marginAsset: asset,
    inputs,
    steps,
    tier,
    liquidationPrice: liquidation,
    bankruptcySteps,
    bankruptcyPrice: priceOf(bankruptcySteps),
  };
}
