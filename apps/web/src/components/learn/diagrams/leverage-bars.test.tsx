import { Decimal, formatDecimal } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diagramUses, figureLabels } from './diagram-test-helpers';
import { LeverageBars, type LeverageBarsProps } from './leverage-bars';

const uses = diagramUses('LeverageBars');
const money = (d: Decimal) => formatDecimal(d, { digits: 2 });

describe('LeverageBars', () => {
  it('is used by lesson 1', () => {
    expect(uses.map((u) => u.lesson)).toContain('leverage-and-margin');
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints notional ÷ leverage and the 1 ÷ leverage fall for every bar',
    (_lesson, props) => {
      const p = props as unknown as LeverageBarsProps;
      const notional = new Decimal(p.entryPrice).times(p.quantity);
      const expected = [`notional ${money(notional)} at every leverage`];
      for (const leverage of p.leverages.split(',')) {
        // Margin = notional ÷ leverage; a long's margin is gone after a fall of margin ÷ notional = 1 ÷ leverage.
        expected.push(
          `${leverage}×`,
          `margin ${money(notional.div(leverage))}`,
          `a ${formatDecimal(new Decimal(100).div(leverage), { digits: 2, unit: '%' })} fall wipes it out`,
        );
      }
      const html = renderToStaticMarkup(<LeverageBars {...p} />);
      expect(figureLabels(html).sort()).toEqual(expected.sort());
    },
  );

  it('prints lesson 1’s example: 6,000 of margin at 10×, gone after a 10% fall', () => {
    const html = renderToStaticMarkup(
      <LeverageBars entryPrice="60000" quantity="1" leverages="10" baseAsset="BTC" />,
    );
    expect(figureLabels(html)).toEqual([
      'notional 60,000.00 at every leverage',
      '10×',
      'margin 6,000.00',
      'a 10.00% fall wipes it out',
    ]);
  });
});
