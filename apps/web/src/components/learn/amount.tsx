import { markedMoney, toDecimal } from '@liqlab/core';
import { DEFAULT_CURRENCY_DIGITS } from '@liqlab/core/display-precision';
import { readerText } from '@liqlab/core/figure-marks';

/**
 * A money amount in a lesson's prose (`<Amount value="6000" />`), at the reader's decimal places with
 * the formatter of the diagrams beside it (core's markedMoney), so the sentence and the diagram read the
 * same at every setting. Script-free, so its paragraph stays static markup (StaticMarkup): the server
 * prints the default places and carries the text at every choice in `data-amount`; the page's one
 * ProseAmounts island shows the reader's. The value is written exactly, to the most places a reader
 * may choose; lesson-figures.test.ts recomputes it with the engine at every one of them.
 */
export function Amount({ value }: { value: string }) {
  const marked = markedMoney(toDecimal(value, 'Amount value'));
  return (
    <span data-amount={marked} className="tabular-nums">
      {readerText(marked, DEFAULT_CURRENCY_DIGITS)}
    </span>
  );
}
