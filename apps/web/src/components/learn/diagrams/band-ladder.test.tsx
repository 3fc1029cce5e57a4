import { Decimal, formatDecimal } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BandLadder, type BandLadderProps } from './band-ladder';
import { diagramUses, figureLabels, svgTexts } from './diagram-test-helpers';

const uses = diagramUses('BandLadder');
const money = (d: Decimal) => formatDecimal(d, { digits: 2 });
const change = (p: Decimal, entry: Decimal) =>
  formatDecimal(p.minus(entry).div(entry).times(100), { digits: 2, signed: true, unit: '%' });

describe('BandLadder', () => {
  it('is used by lesson 9', () => {
    expect(uses.map((u) => u.lesson)).toContain('the-volatility-band');
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints price × σ × √(hours ÷ 8,760) bands and Binance’s liquidation prices',
    (_lesson, props) => {
      const p = props as unknown as BandLadderProps;
      expect(p.side).toBe('long');
      const entry = new Decimal(p.entryPrice);
      const q = new Decimal(p.quantity);
      const move = entry.times(p.annualVolatility).times(new Decimal(p.horizonHours).div(8760).sqrt());
      const expected = [money(entry), `typical move ${money(move)}`];
      for (const k of [1, 2])
        expected.push(
          `${k} std. dev.`,
          money(entry.minus(move.times(k))),
          change(entry.minus(move.times(k)), entry),
        );
      const verdicts: string[] = [];
      for (const leverage of p.leverages.split(',')) {
        const lp = entry
          .times(q)
          .div(leverage)
          .minus(q.times(entry))
          .div(q.times(p.maintenanceMarginRate).minus(q));
        expected.push(money(lp), change(lp, entry), `${leverage}× liquidation`);
        verdicts.push(lp.gt(entry.minus(move.times(2))) ? 'comes before that stop' : 'beyond that stop');
      }
      const html = renderToStaticMarkup(<BandLadder {...p} />);
      expect(figureLabels(html).sort()).toEqual(expected.sort());
      expect(
        svgTexts(html)
          .filter((t) => t.endsWith('that stop'))
          .sort(),
      ).toEqual(verdicts.sort());
    },
  );

  it('shows lesson 9’s point: the 2σ stop is about 6.28% away, 20× liquidates before it, 10× after', () => {
    const use = uses.find((u) => u.lesson === 'the-volatility-band')!;
    const texts = svgTexts(
      renderToStaticMarkup(<BandLadder {...(use.props as unknown as BandLadderProps)} />),
    );
    expect(texts).toContain('−6.28%');
    expect(texts.indexOf('comes before that stop')).toBeGreaterThan(-1);
    expect(texts.indexOf('beyond that stop')).toBeGreaterThan(-1);
  });
});
