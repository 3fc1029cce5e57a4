import { Decimal, formatDecimal, markedMoney } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type GlossaryEntry, GlossaryList } from './glossary-list';

const price = new Decimal('54271.356784');

const entry: GlossaryEntry = {
  id: 'liquidation-price',
  term: 'Liquidation price',
  short: 'Where the exchange takes the position over.',
  long: `Binance’s formula gives ${markedMoney(price)} for the running example.`,
  related: [],
  lessons: [],
};

describe('GlossaryList', () => {
  it('shows a definition’s engine figure at the reader’s places (the default before the reader’s own apply), never its mark', () => {
    const html = renderToStaticMarkup(<GlossaryList entries={[entry]} />);
    expect(html).toContain(`gives ${formatDecimal(price, { digits: 2 })} for the running example`);
    expect(html).not.toMatch(/[\uE000-\uE002]/);
  });
});
