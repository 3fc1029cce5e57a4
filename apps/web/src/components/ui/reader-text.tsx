'use client';

import { readerText } from '@liqlab/core/figure-marks';
import { useCallback } from 'react';
import { useDisplayPrecision } from '~/lib/display-precision';

/**
 * Content text whose money amounts were marked where it was written (core's markedGiven and
 * markedMoney: a quiz's prompt, options, hints and explanations, an inline check's prompt and why):
 * each amount at the reader's decimal places, picked from the texts the mark carries, so the words
 * around it and every figure read in the one number format.
 */
export function ReaderText({ text }: { text: string }) {
  return useReaderText()(text);
}

/** The same as a function, for text that must be a string (an aria-label). */
export function useReaderText(): (text: string) => string {
  const { precision } = useDisplayPrecision();
  return useCallback(
    (text: string) => readerText(text, precision.currencyDigits),
    [precision.currencyDigits],
  );
}
