import { inlineCheckById, inlineChecks } from '@liqlab/content/checks/inline-checks';
import { DEFAULT_CURRENCY_DIGITS } from '@liqlab/core/display-precision';
import { readerText } from '@liqlab/core/figure-marks';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineCheck } from './inline-check';

describe('InlineCheck', () => {
  it.each(inlineChecks.map((c) => [c.id, c] as const))(
    '%s renders its question and nothing of its answer',
    (_id, check) => {
      const html = renderToStaticMarkup(<InlineCheck id={check.id} />);
      expect(html).toContain('Check yourself');
      // Its money amounts at the default places until the reader's own apply, and nothing of the marks.
      expect(html).toContain(readerText(check.prompt, DEFAULT_CURRENCY_DIGITS));
      expect(html).not.toMatch(/[\uE000-\uE002]/);
      expect(html).not.toContain(check.why);
      if (check.kind === 'numeric') {
        expect(html).toMatch(/inputmode="decimal"/i);
        // The answer as a number of its own in the page (not the 3 of a class name or of "15,000").
        const alone = new RegExp(`(?<![\\w.,-])${check.answer.replace('.', '\\.')}(?![.,]?\\d)`);
        expect(html).not.toMatch(alone);
      } else {
        for (const option of check.options) expect(html).toContain(`value="${option.id}"`);
        // Options render in the data's order, which says nothing about which one is right.
        expect(html).not.toMatch(/data-correct|aria-checked="true"|checked=""/);
      }
    },
  );

  it('prints a prompt’s given amount in the one number format, like the prose beside it', () => {
    const check = inlineCheckById('c01-notional')!;
    expect(renderToStaticMarkup(<InlineCheck id={check.id} />)).toContain('at 63,000.00 USDT?');
  });

  it('fails the build for an id that does not exist', () => {
    expect(() => renderToStaticMarkup(<InlineCheck id="no-such-check" />)).toThrow(/no such check/);
  });
});
