import { Decimal, formatDecimal } from '@liqlab/core';
import type { InlineCheck } from './inline-check-schema';

export type InlineCheckAnswer = { choice: string } | { value: string };

export interface GradedInlineCheck {
  correct: boolean;
  /** The right answer as the learner should read it (an option's text, or the number and unit). */
  answerText: string;
  why: string;
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
      answerText: right.text,
      why: check.why,
    };
  }
  const expected = new Decimal(check.answer);
  const answerText = `${formatDecimal(expected, { digits: 6, trim: true })}${check.unit ? ` ${check.unit}` : ''}`;
  if (!('value' in answer) || !DECIMAL.test(answer.value))
    return { correct: false, answerText, why: check.why };
  const given = new Decimal(answer.value.trim().replace(',', '.'));
  return { correct: given.minus(expected).abs().lte(check.tolerance), answerText, why: check.why };
}
