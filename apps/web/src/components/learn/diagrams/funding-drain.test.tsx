import { Decimal, formatDecimal } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diagramUses, figureLabels } from './diagram-test-helpers';
import { FundingDrain, type FundingDrainProps } from './funding-drain';

const uses = diagramUses('FundingDrain');
const money = (d: Decimal) => formatDecimal(d, { digits: 2 });

describe('FundingDrain', () => {
  it('is used by lesson 11', () => {
    expect(uses.map((u) => u.lesson)).toContain('fees-funding-and-the-insurance-fund');
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints the margin left after notional × rate × intervals × days, and Binance’s liquidation price on it',
    (_lesson, props) => {
      const p = props as unknown as FundingDrainProps;
      expect([p.rules, p.side]).toEqual(['binance-usdm', 'long']);
      const entry = new Decimal(p.entryPrice);
      const q = new Decimal(p.quantity);
      const margin = entry.times(q).div(p.leverage);
      const expected: string[] = [];
      for (const day of p.days.split(',')) {
        const left = margin.minus(entry.times(q).times(p.fundingRate).times(p.intervalsPerDay).times(day));
        const lp = left.minus(q.times(entry)).div(q.times(p.maintenanceMarginRate).minus(q));
        expected.push(`day ${day}`, `margin ${money(left)}`, `liquidation ${money(lp)}`);
      }
      const html = renderToStaticMarkup(<FundingDrain {...p} />);
      expect(figureLabels(html).sort()).toEqual(expected.sort());
    },
  );

  it('prints lessons 4 and 11’s 540 over 30 days: 5,460 of margin left', () => {
    const use = uses.find((u) => u.lesson === 'fees-funding-and-the-insurance-fund')!;
    expect(
      figureLabels(renderToStaticMarkup(<FundingDrain {...(use.props as unknown as FundingDrainProps)} />)),
    ).toContain('margin 5,460.00');
  });
});
