'use client';

import { readerText } from '@liqlab/core/figure-marks';
import { useEffect } from 'react';
import { useDisplayPrecision } from '~/lib/display-precision';

/** The text of an Amount's mark (its `data-amount`) at `digits` places. */
export function proseAmountText(mark: string, digits: number): string {
  return readerText(mark, digits);
}

/**
 * Every <Amount> of the page at the reader's decimal places, from one small island instead of one per
 * paragraph: the paragraphs stay static markup (no hydration), and their amounts' text follows the
 * setting, now and when it changes.
 */
export function ProseAmounts() {
  const { precision } = useDisplayPrecision();
  useEffect(() => {
    for (const amount of document.querySelectorAll<HTMLElement>('[data-amount]')) {
      const text = proseAmountText(amount.dataset.amount ?? '', precision.currencyDigits);
      if (amount.textContent !== text) amount.textContent = text;
    }
  }, [precision.currencyDigits]);
  return null;
}
