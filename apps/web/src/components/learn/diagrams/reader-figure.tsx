'use client';

import { figureTextAt } from '@liqlab/core/figure-marks';
import { useDisplayPrecision } from '~/lib/display-precision';

/**
 * One money figure of a server-drawn diagram at the reader's decimal places. The server formatted it
 * at every choice already (core's markedMoney), so this picks a string: no engine and no decimal.js in
 * the lesson's first load. The server's HTML has the default places; the reader's own follow after
 * hydration, as everywhere else (useDisplayPrecision).
 */
export function ReaderFigure({ texts }: { texts: readonly string[] }) {
  const { precision } = useDisplayPrecision();
  return figureTextAt(texts, precision.currencyDigits);
}
