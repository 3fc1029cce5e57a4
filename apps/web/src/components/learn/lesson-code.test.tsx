import { CURRENCY_DIGIT_CHOICES } from '@liqlab/core/display-precision';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LessonCode } from './lesson-code';
import { proseAmountText } from './prose-amounts';

describe('LessonCode', () => {
  it('prints a worked example’s amounts as the prose prints them, at every decimal-places choice', () => {
    const html = renderToStaticMarkup(
      <LessonCode>{'P = <Amount value="54000" /> ÷ 0.995 = <Amount value="54271.356784" />\n'}</LessonCode>,
    );
    expect(html).not.toContain('&lt;Amount');
    const marks = [...html.matchAll(/<span data-amount="([^"]*)" class="tabular-nums">([^<]*)<\/span>/g)];
    expect(marks.map((m) => m[2])).toEqual(['54,000.00', '54,271.36']);
    expect(html).toMatch(
      /^<code class="font-mono text-\[0.875em\]">P = <span[^>]*>54,000.00<\/span> ÷ 0.995 = /,
    );
    const expected: Record<number, [string, string]> = {
      0: ['54,000', '54,271'],
      2: ['54,000.00', '54,271.36'],
      4: ['54,000.0000', '54,271.3568'],
      6: ['54,000.000000', '54,271.356784'],
    };
    for (const digits of CURRENCY_DIGIT_CHOICES) {
      expect(
        marks.map((m) => proseAmountText(m[1]!, digits)),
        `${digits} places`,
      ).toEqual(expected[digits]);
    }
  });

  it('leaves code without an amount as written, keeping a fenced block’s language class', () => {
    expect(
      renderToStaticMarkup(
        <LessonCode className="language-text">{'notional value = price × quantity'}</LessonCode>,
      ),
    ).toBe('<code class="font-mono text-[0.875em] language-text">notional value = price × quantity</code>');
  });

  it('fails the page’s build on a malformed amount instead of printing the raw tag', () => {
    expect(() => renderToStaticMarkup(<LessonCode>{'<Amount value="6,000" />'}</LessonCode>)).toThrow(
      /malformed amount in a code block/,
    );
  });
});
