import { Decimal, formatDecimal } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diagramUses, figureLabels, svgTexts } from './diagram-test-helpers';
import { LiquidationDistanceBars, type LiquidationDistanceBarsProps } from './liquidation-distance-bars';

const uses = diagramUses('LiquidationDistanceBars');
const money = (d: Decimal) => formatDecimal(d, { digits: 2 });
const change = (p: Decimal, entry: Decimal) =>
  formatDecimal(p.minus(entry).div(entry).times(100), { digits: 2, signed: true, unit: '%' });

describe('LiquidationDistanceBars', () => {
  it('is used by lesson 6', () => {
    expect(uses.map((u) => u.lesson)).toContain('shorts-and-short-squeezes');
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints Binance’s isolated liquidation price per leverage and whether the extreme reached it',
    (_lesson, props) => {
      const p = props as unknown as LiquidationDistanceBarsProps;
      expect(p.rules).toBe('binance-usdm');
      const side = p.side === 'long' ? 1 : -1;
      const q = new Decimal(p.quantity);
      const entry = new Decimal(p.entryPrice);
      const extreme = new Decimal(p.extremePrice);
      const expected = [`price reached ${money(extreme)} (${change(extreme, entry)})`];
      const outcomes: string[] = [];
      for (const leverage of p.leverages.split(',')) {
        const margin = entry.times(q).div(leverage);
        // LP = (WB − side·Q·EP) ÷ (Q·MMR − side·Q)
        const lp = margin
          .minus(q.times(entry).times(side))
          .div(q.times(p.maintenanceMarginRate).minus(q.times(side)));
        expected.push(`${leverage}×`, `liquidation ${money(lp)} (${change(lp, entry)})`);
        outcomes.push(
          side === 1
            ? extreme.lte(lp)
              ? 'liquidated'
              : 'survives'
            : extreme.gte(lp)
              ? 'liquidated'
              : 'survives',
        );
      }
      const html = renderToStaticMarkup(<LiquidationDistanceBars {...p} />);
      expect(figureLabels(html).sort()).toEqual(expected.sort());
      expect(svgTexts(html).filter((t) => t === 'liquidated' || t === 'survives')).toEqual(outcomes);
    },
  );

  it('matches lesson 6’s replay: 20× and 10× shorts liquidated by the 69,000 peak, 3× survives', () => {
    const use = uses.find((u) => u.lesson === 'shorts-and-short-squeezes')!;
    const texts = svgTexts(
      renderToStaticMarkup(
        <LiquidationDistanceBars {...(use.props as unknown as LiquidationDistanceBarsProps)} />,
      ),
    );
    expect(texts.filter((t) => t === 'liquidated' || t === 'survives')).toEqual([
      'liquidated',
      'liquidated',
      'survives',
      'survives',
    ]);
  });
});
