'use client';

import { CURRENCY_DIGIT_CHOICES, DEFAULT_CURRENCY_DIGITS } from '@liqlab/core/display-precision';
import { useDisplayPrecision } from '~/lib/display-precision';

/** The text for `digits` places among a figure's texts, one per CURRENCY_DIGIT_CHOICES entry. */
export function readerFigureText(texts: readonly string[], digits: number): string {
  const at = (CURRENCY_DIGIT_CHOICES as readonly number[]).indexOf(digits);
  return texts[at] ?? texts[CURRENCY_DIGIT_CHOICES.indexOf(DEFAULT_CURRENCY_DIGITS)] ?? '';
}

/**
 * One money figure of a server-drawn diagram at the reader's decimal places. The server formatted it
 * at every choice already, so this picks a string: no engine and no decimal.js in the lesson's first
 * load. The server's HTML has the default places; the reader's own follow after hydration, as
 * everywhere else (DisplayPrecisionProvider).
 */
export function ReaderFigure({ texts }: { texts: readonly string[] }) {
  const { precision } = useDisplayPrecision();
  return readerFigureText(texts, precision.currencyDigits);
}
