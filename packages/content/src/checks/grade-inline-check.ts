import { Decimal, RULE_SET_CATALOG } from '@liqlab/core';
import type { WorkedFigure } from '../quizzes/worked-solution';
import type { InlineCheck } from './inline-check-schema';

export type InlineCheckAnswer = { choice: string } | { value: string };

/**
 * The right answer as it crosses the wire: an option's words, or the exact figure and its unit for the
 * reader's screen to format (workedFigureText), as a quiz's numeric answer does.
 */
export type InlineCheckAnswerView =
  | { kind: 'choice'; text: string }
  | { kind: 'numeric'; figure: WorkedFigure; unit: string };

export interface GradedInlineCheck {
  correct: boolean;
  answer: InlineCheckAnswerView;
  why: string;
}

/** Units whose figures are money — the contracts' quote currencies: they take the reader's decimal places. */
const MONEY_UNITS = new Set<string>(RULE_SET_CATALOG.map((info) => info.quoteAsset));

/**
 * The fewest places at which the shown answer is still one the grade accepts: rounding to p places
 * moves a figure by at most half a unit of the p-th place, which must stay within the tolerance.
 */
export function placesWithinTolerance(tolerance: string): number {
  const allowed = new Decimal(tolerance);
  let places = 0;
  while (new Decimal(10).pow(-places).div(2).gt(allowed) && places < 18) places += 1;
  return places;
}

function answerFigure(check: Extract<InlineCheck, { kind: 'numeric' }>): WorkedFigure {
  const value = new Decimal(check.answer).toFixed();
  return MONEY_UNITS.has(check.unit)
    ? { value, trim: false, atLeast: placesWithinTolerance(check.tolerance) }
    : { value, digits: 6, trim: true };
}

const DECIMAL = /^\s*-?\d+(?:[.,]\d+)?\s*$/;

/**
 * Grades an answer on the server. A numeric answer is a decimal string (a comma is read as the decimal
 * point; thousands separators are not accepted) within the check's absolute tolerance; anything else
 * is simply wrong — the learner sees the right answer and the reason either way.
 */
export function gradeInlineCheck(check: InlineCheck, answer: InlineCheckAnswer): GradedInlineCheck {
  if (check.kind === 'choice') {
    const right = check.options.find((o) => o.id === check.correct)!;
    return {
      correct: 'choice' in answer && answer.choice === check.correct,
      answer: { kind: 'choice', text: right.text },
      why: check.why,
    };
  }
  const shown: InlineCheckAnswerView = { kind: 'numeric', figure: answerFigure(check), unit: check.unit };
  if (!('value' in answer) || !DECIMAL.test(answer.value))
    return { correct: false, answer: shown, why: check.why };
  const given = new Decimal(answer.value.trim().replace(',', '.'));
  const expected = new Decimal(check.answer);
  return { correct: given.minus(expected).abs().lte(check.tolerance), answer: shown, why: check.why };
}
