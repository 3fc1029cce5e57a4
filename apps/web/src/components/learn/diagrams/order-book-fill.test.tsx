import { Decimal, formatDecimal } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diagramUses, figureLabels, svgDescription } from './diagram-test-helpers';
import { marketBuyFill, OrderBookFill, type OrderBookFillProps } from './order-book-fill';

const uses = diagramUses('OrderBookFill');
const money = (d: Decimal) => formatDecimal(d, { digits: 2 });

describe('OrderBookFill', () => {
  it('is used by the first lesson', () => {
    expect(uses.map((u) => u.lesson)).toContain('start-at-zero');
  });

  it('fills a market buy from the cheapest sell order up, whatever order the lines are given in', () => {
    const fill = marketBuyFill('60020:0.8,60000:0.2,60010:0.3', '0.4');
    expect(fill.lines.map((l) => [l.price.toFixed(), l.taken.toFixed()])).toEqual([
      ['60000', '0.2'],
      ['60010', '0.2'],
      ['60020', '0'],
    ]);
    // (0.2 × 60,000 + 0.2 × 60,010) ÷ 0.4
    expect(fill.averagePrice.toFixed()).toBe('60005');
  });

  it('refuses a book line that is not price:quantity', () => {
    expect(() => marketBuyFill('60000', '0.1')).toThrow(/price:quantity/);
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints each line, the part taken and the average price the lesson states',
    (_lesson, props) => {
      const p = props as unknown as OrderBookFillProps;
      const html = renderToStaticMarkup(<OrderBookFill {...p} />);
      const lines = (book: string) =>
        book.split(',').map((e) => e.split(':').map((x) => new Decimal(x)) as [Decimal, Decimal]);
      let left = new Decimal(p.marketBuy);
      let cost = new Decimal(0);
      const expected: string[] = [];
      for (const [price, quantity] of lines(p.asks).sort((a, b) => a[0].comparedTo(b[0]))) {
        const take = Decimal.min(left, quantity);
        left = left.minus(take);
        cost = cost.plus(take.times(price));
        expected.push(money(price), take.gt(0) ? `${take} of ${quantity} taken` : quantity.toFixed());
      }
      for (const [price, quantity] of lines(p.bids)) expected.push(money(price), quantity.toFixed());
      const average = cost.div(new Decimal(p.marketBuy).minus(left));
      expected.push(
        `market buy ${p.marketBuy}${p.baseAsset ? ` ${p.baseAsset}` : ''}: average ${money(average)}`,
      );
      expect(figureLabels(html).sort()).toEqual(expected.sort());
      expect(svgDescription(html)).toContain(`an average price of ${money(average)}`);
    },
  );
});
