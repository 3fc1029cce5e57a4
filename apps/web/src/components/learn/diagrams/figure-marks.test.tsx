import { Decimal, formatDecimal } from '@liqlab/core';
import { CURRENCY_DIGIT_CHOICES } from '@liqlab/core/display-precision';
import { figureTextAt } from '@liqlab/core/figure-marks';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { money } from './diagram-format';
import { diagramUses } from './diagram-test-helpers';
import { withReaderFigures } from './figure-marks';
import { LeverageBars, type LeverageBarsProps } from './leverage-bars';
import { ReaderFigure } from './reader-figure';

const MARKS = /[\uE000-\uE002]/;

/** The ReaderFigures in a node, depth first. */
function readerFigures(node: ReactNode): { texts: readonly string[] }[] {
  if (Array.isArray(node)) return node.flatMap(readerFigures);
  if (!isValidElement(node)) return [];
  const element = node as ReactElement<{ children?: ReactNode; texts?: readonly string[] }>;
  if (element.type === ReaderFigure) return [{ texts: element.props.texts! }];
  return readerFigures(element.props.children);
}

describe('money figures in the diagrams follow the reader’s decimal places', () => {
  it('a figure carries its text at every choice, and the reader’s choice picks the same text the sandbox shows', () => {
    const value = new Decimal('54271.355');
    const [figure] = readerFigures(withReaderFigures(<text>{`liquidation ${money(value)} (−9.55%)`}</text>));
    expect(figure).toBeDefined();
    for (const digits of CURRENCY_DIGIT_CHOICES) {
      expect(figureTextAt(figure!.texts, digits), `${digits} places`).toBe(
        formatDecimal(value, { precision: { currencyDigits: digits } }),
      );
    }
  });

  it('keeps the words around the figures, at any depth', () => {
    const node = withReaderFigures(
      <g>
        <text>{`from ${money(new Decimal(1))} to ${money(new Decimal(2))}`}</text>
        <text>no figure</text>
      </g>,
    );
    expect(readerFigures(node)).toHaveLength(2);
    expect(renderToStaticMarkup(node)).toBe('<g><text>from 1.00 to 2.00</text><text>no figure</text></g>');
  });

  it.each(diagramUses('LeverageBars').map((u) => [u.lesson, u.props] as const))(
    'leaves no mark in the page: the diagram in %s reads as before, at the default places',
    (_lesson, props) => {
      const html = renderToStaticMarkup(<LeverageBars {...(props as unknown as LeverageBarsProps)} />);
      expect(html).not.toMatch(MARKS);
      expect(html).toContain(
        `notional ${formatDecimal(new Decimal(props.entryPrice!).times(props.quantity!))} at every leverage`,
      );
    },
  );
});
