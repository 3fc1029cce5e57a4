import { type Decimal, type DisplayPrecision, formatDecimal } from '@liqlab/core';
import { DEFAULT_CURRENCY_DIGITS } from '@liqlab/core/display-precision';
import { readerText } from '@liqlab/core/figure-marks';

/**
 * A computed figure of a worked solution, kept exact until the reader's screen formats it with the one
 * number format (core's formatDecimal): a money figure takes the reader's decimal places, a rate or a
 * ratio its own places with trailing zeros dropped.
 */
export interface WorkedFigure {
  /** The exact decimal string. */
  readonly value: string;
  /** Fixed fraction digits (a rate, a ratio); absent for money, which takes the reader's places. */
  readonly digits?: number;
  /** Drop trailing zeros after rounding. */
  readonly trim: boolean;
  /**
   * The fewest places money may show: the graded answer keeps the places its tolerance needs, so a
   * reader who asked for 0 places is not shown a figure the grade would refuse.
   */
  readonly atLeast?: number;
}

/** A substitution as it crosses the wire: written text, and the earlier steps' figures left exact. */
export type WorkedText = readonly (string | WorkedFigure)[];

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
   * results as figures that read exactly as those steps show them, and no other figure but plain constants.
   */
  readonly substituted: WorkedText;
  /** Exact; the last step's result is the graded answer itself. */
  readonly result: Decimal;
  readonly unit: string;
  /** Fraction digits the result is shown with. 2 marks money, which follows the reader's places; rates and ratios drop trailing zeros. */
  readonly digits: number;
}

/** A worked step as it crosses the wire: the figures exact, for the reader's screen to format. */
export interface WorkedStepView {
  label: string;
  formula: string;
  substituted: WorkedText;
  result: WorkedFigure;
  unit: string;
}

export function step(
  label: string,
  formula: string,
  substituted: string | WorkedText,
  result: Decimal,
  unit: string,
  digits = 2,
): WorkedStep {
  return {
    label,
    formula,
    substituted: typeof substituted === 'string' ? [substituted] : substituted,
    result,
    unit,
    digits,
  };
}

/** A step's result as a figure: the learner reads it, and later steps quote it, in the same format. */
export function figureOf(s: WorkedStep): WorkedFigure {
  const value = s.result.toFixed();
  return s.digits === 2 ? { value, trim: false } : { value, digits: s.digits, trim: true };
}

/** A step's result as the next term of a sum ("+ 12.30", "− 12.30"), never "+ −12.30". */
export function shownTerm(s: WorkedStep): WorkedText {
  const negative = s.result.isNegative() && !s.result.isZero();
  return [`${negative ? '−' : '+'} `, figureOf({ ...s, result: s.result.abs() })];
}

/**
 * Tag for a substitution: `worked\`${ep} × ${q} ÷ ${margin}\`` keeps written text as text and turns an
 * earlier step into its figure, so the step reads in the reader's format like the step it quotes.
 */
export function worked(
  strings: TemplateStringsArray,
  ...values: readonly (string | WorkedStep | WorkedText)[]
): WorkedText {
  const parts: (string | WorkedFigure)[] = [];
  const push = (part: string | WorkedFigure) => {
    const last = parts.at(-1);
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  };
  strings.forEach((text, i) => {
    push(text);
    if (i >= values.length) return;
    const value = values[i]!;
    if (typeof value === 'string') push(value);
    else if (Array.isArray(value)) for (const part of value as WorkedText) push(part);
    else push(figureOf(value as WorkedStep));
  });
  return parts;
}

/** A figure as the reader reads it, at their decimal places (the default when none is given). */
export function workedFigureText(figure: WorkedFigure, precision?: DisplayPrecision): string {
  const readerDigits = precision?.currencyDigits ?? DEFAULT_CURRENCY_DIGITS;
  const digits = figure.digits ?? Math.max(readerDigits, figure.atLeast ?? 0);
  return formatDecimal(figure.value, { digits, trim: figure.trim });
}

/** A substitution as the reader reads it: its given money amounts (marked) and its figures at their places. */
export function workedText(text: WorkedText, precision?: DisplayPrecision): string {
  const digits = precision?.currencyDigits ?? DEFAULT_CURRENCY_DIGITS;
  return text
    .map((part) => (typeof part === 'string' ? readerText(part, digits) : workedFigureText(part, precision)))
    .join('');
}
