import { Decimal, formatDecimal } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diagramUses, figureLabels, svgDescription } from './diagram-test-helpers';
import { RangeStop, type RangeStopProps } from './range-stop';

const uses = diagramUses('RangeStop');
const money = (d: Decimal) => formatDecimal(d, { digits: 2 });

describe('RangeStop', () => {
  it('is used by lesson 8', () => {
    expect(uses.map((u) => u.lesson)).toContain('opening-calmly');
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints the lesson’s four levels',
    (_lesson, props) => {
      const p = props as unknown as RangeStopProps;
      const html = renderToStaticMarkup(<RangeStop {...p} />);
      expect(figureLabels(html).sort()).toEqual(
        [
          `range top ${money(new Decimal(p.resistance))}`,
          `entry ${money(new Decimal(p.entryPrice))}`,
          `stop ${money(new Decimal(p.stopPrice))}`,
          `range floor ${money(new Decimal(p.support))}`,
        ].sort(),
      );
      const range = new Decimal(p.resistance).minus(p.support);
      const distance = new Decimal(p.entryPrice).minus(p.stopPrice);
      expect(svgDescription(html)).toContain(`${money(range)} tall`);
      expect(svgDescription(html)).toContain(`${money(distance)} below the entry`);
    },
  );

  it('refuses levels out of order', () => {
    expect(() =>
      renderToStaticMarkup(
        <RangeStop support="58000" resistance="62000" entryPrice="61500" stopPrice="57000" />,
      ),
    ).toThrow(/support < stop < entry < resistance/);
  });
});
