import type { Decimal } from '@liqlab/core';
import { formatFigure, formatTrimmed } from './format-quiz-number';

/**
 * One step of a worked solution, as a generator builds it from one attempt's parameters: the rule in
 * words and symbols, the same rule with this attempt's own numbers, and the figure the engine computed.
 */
export interface WorkedStep {
  /** What the step finds: "Margin", "Liquidation price". */
  readonly label: string;
  /** The rule in symbols: "entry × quantity ÷ leverage". */
  readonly formula: string;
  /**
   * The rule with this attempt's numbers: parameters exactly as the prompt shows them, earlier steps'
   * results exactly as those steps show them (`shown`), and no other figure but plain constants.
   */
  readonly substituted: string;
  /** Exact; the last step's result is the graded answer itself. */
  readonly result: Decimal;
  readonly unit: string;
  /** Fraction digits the result is shown with. Money shows 2 fixed; rates and ratios drop trailing zeros. */
  readonly digits: number;
}

/** A worked step as it crosses the wire: every figure already formatted. */
export interface WorkedStepView {
  label: string;
  formula: string;
  substituted: string;
  result: string;
  unit: string;
}

export function step(
  label: string,
  formula: string,
  substituted: string,
  result: Decimal,
  unit: string,
  digits = 2,
): WorkedStep {
  return { label, formula, substituted, result, unit, digits };
}

/** A step's result as the learner reads it, and as later steps quote it. */
export function shown(s: WorkedStep): string {
  return s.digits === 2 ? formatFigure(s.result, 2) : formatTrimmed(s.result, s.digits);
}

/** A step's result as the next term of a sum ("+ 12.30", "− 12.30"), never "+ −12.30". */
export function shownTerm(s: WorkedStep): string {
  const negative = s.result.isNegative() && !s.result.isZero();
  return `${negative ? '−' : '+'} ${shown({ ...s, result: s.result.abs() })}`;
}
