import { Decimal, formatDecimal } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diagramUses, figureLabels } from './diagram-test-helpers';
import { IsolatedVsCross, type IsolatedVsCrossProps } from './isolated-vs-cross';

const uses = diagramUses('IsolatedVsCross');
const money = (d: Decimal) => formatDecimal(d, { digits: 2 });
const change = (p: Decimal, entry: Decimal) =>
  formatDecimal(p.minus(entry).div(entry).times(100), { digits: 2, signed: true, unit: '%' });

describe('IsolatedVsCross', () => {
  it('is used by lesson 4', () => {
    expect(uses.map((u) => u.lesson)).toContain('contract-margin-futures-and-perpetuals');
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints both liquidation prices from Binance’s published equation',
    (_lesson, props) => {
      const p = props as unknown as IsolatedVsCrossProps;
      expect(p.rules).toBe('binance-usdm');
      // Binance USDS-M: LP = (WB − side·Q·EP) ÷ (Q·MMR − side·Q), one position, no maintenance amount.
      const side = p.side === 'long' ? 1 : -1;
      const q = new Decimal(p.quantity);
      const entry = new Decimal(p.entryPrice);
      const mmr = new Decimal(p.maintenanceMarginRate);
      const lp = (wb: Decimal) => wb.minus(q.times(entry).times(side)).div(q.times(mmr).minus(q.times(side)));
      const wallet = new Decimal(p.walletBalance);
      const margin = entry.times(q).div(p.leverage);
      const expected = [
        `wallet ${money(wallet)}`,
        `wallet ${money(wallet)}`,
        `at risk ${money(margin)}`,
        `kept apart ${money(wallet.minus(margin))}`,
        `liquidated at ${money(lp(margin))} (${change(lp(margin), entry)})`,
        `at risk ${money(wallet)}`,
        `liquidated at ${money(lp(wallet))} (${change(lp(wallet), entry)})`,
      ];
      const html = renderToStaticMarkup(<IsolatedVsCross {...p} />);
      expect(figureLabels(html).sort()).toEqual(expected.sort());
    },
  );

  it('prints lesson 4’s two prices: 54,271.36 isolated, 50,251.26 cross', () => {
    const [use] = uses;
    const labels = figureLabels(
      renderToStaticMarkup(<IsolatedVsCross {...(use!.props as unknown as IsolatedVsCrossProps)} />),
    ).join(' ');
    expect(labels).toContain('liquidated at 54,271.36');
    expect(labels).toContain('liquidated at 50,251.26');
  });
});
