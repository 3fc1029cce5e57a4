'use client';

import type { InlineCheckAnswerView } from '@liqlab/content/checks/grade-inline-check';
import { workedFigureText } from '@liqlab/content/quizzes/worked-solution';
import { readerText } from '@liqlab/core/figure-marks';
import { useDisplayPrecision } from '~/lib/display-precision';

/**
 * The verdict of an inline check. A numeric answer comes from the server exact and is shown at the
 * reader's decimal places (money never at fewer than the grade accepts), like a quiz's answer. Loaded
 * with the API client on the first answer: the formatter (and decimal.js) stays out of the lesson's
 * first load.
 */
export function InlineCheckVerdict({ correct, answer }: { correct: boolean; answer: InlineCheckAnswerView }) {
  const { precision } = useDisplayPrecision();
  if (correct) return 'Right.';
  const text =
    answer.kind === 'choice'
      ? readerText(answer.text, precision.currencyDigits)
      : `${workedFigureText(answer.figure, precision)}${answer.unit ? `\u2009${answer.unit}` : ''}`;
  return (
    <>
      Not quite. The answer is <span data-testid="inline-check-answer">{text}</span>.
    </>
  );
}
