import { Decimal, formatDecimal } from '@liqlab/core';
import { CURRENCY_DIGIT_CHOICES } from '@liqlab/core/display-precision';
import { figureTextAt } from '@liqlab/core/figure-marks';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Amount } from './amount';
import { ReaderFigure } from './diagrams/reader-figure';

/** The ReaderFigure's texts inside a rendered Amount element tree. */
function figureTexts(node: ReactNode): readonly string[] | undefined {
  if (Array.isArray(node)) return node.map(figureTexts).find(Boolean);
  if (!isValidElement(node)) return undefined;
  const element = node as ReactElement<{ children?: ReactNode; texts?: readonly string[] }>;
  if (element.type === ReaderFigure) return element.props.texts;
  return figureTexts(element.props.children);
}

describe('Amount', () => {
  it('reads at each decimal-places choice as the sandbox formats the same value', () => {
    const value = '54271.356784';
    const texts = figureTexts(Amount({ value }));
    expect(texts).toBeDefined();
    for (const digits of CURRENCY_DIGIT_CHOICES) {
      expect(figureTextAt(texts!, digits), `${digits} places`).toBe(
        formatDecimal(new Decimal(value), { precision: { currencyDigits: digits } }),
      );
    }
  });

  it('prints the default places on the server, before the reader’s own apply', () => {
    expect(renderToStaticMarkup(<Amount value="6000" />)).toBe(
      '<span data-amount="true" class="tabular-nums">6,000.00</span>',
    );
  });

  it('refuses a value that is not a decimal, so a typo fails the build instead of printing nonsense', () => {
    expect(() => Amount({ value: '6,000' })).toThrow();
  });
});
