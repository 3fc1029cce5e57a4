import { markedMoney, toDecimal } from '@liqlab/core';
import { withReaderFigures } from './diagrams/figure-marks';

/**
 * A money amount in a lesson's prose (`<Amount value="6000" />`), at the reader's decimal places with
 * the formatter of the diagrams beside it (core's markedMoney), so the sentence and the diagram read the
 * same at every setting. The value is written exactly, to the most places a reader may choose;
 * lesson-figures.test.ts recomputes it with the engine at every one of them.
 */
export function Amount({ value }: { value: string }) {
  return (
    <span data-amount className="tabular-nums">
      {withReaderFigures(markedMoney(toDecimal(value, 'Amount value')))}
    </span>
  );
}
