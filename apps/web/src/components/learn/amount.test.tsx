import { Decimal, formatDecimal } from '@liqlab/core';
import { CURRENCY_DIGIT_CHOICES } from '@liqlab/core/display-precision';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Amount } from './amount';
import { proseAmountText } from './prose-amounts';

/** The server's markup of an Amount: its printed text and the mark the reader's screen reads. */
function rendered(value: string) {
  const html = renderToStaticMarkup(<Amount value={value} />);
  const match = /^<span data-amount="([^"]*)" class="tabular-nums">([^<]*)<\/span>$/.exec(html);
  expect(match, html).not.toBeNull();
  return { mark: match![1]!, text: match![2]! };
}

describe('Amount', () => {
  it('prints the default places on the server, before the reader’s own apply', () => {
    expect(rendered('6000').text).toBe('6,000.00');
  });

  it('reads at each decimal-places choice as the sandbox formats the same value', () => {
    const value = '54271.356784';
    const { mark } = rendered(value);
    for (const digits of CURRENCY_DIGIT_CHOICES) {
      expect(proseAmountText(mark, digits), `${digits} places`).toBe(
        formatDecimal(new Decimal(value), { precision: { currencyDigits: digits } }),
      );
    }
  });

  it('refuses a value that is not a decimal, so a typo fails the build instead of printing nonsense', () => {
    expect(() => renderToStaticMarkup(<Amount value="6,000" />)).toThrow();
  });
});
