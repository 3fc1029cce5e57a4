import { Decimal, formatDecimal } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diagramUses, figureLabels } from './diagram-test-helpers';
import { SizeVsStop, type SizeVsStopProps } from './size-vs-stop';

const uses = diagramUses('SizeVsStop');
const money = (d: Decimal) => formatDecimal(d, { digits: 2 });

describe('SizeVsStop', () => {
  it('is used by lesson 10', () => {
    expect(uses.map((u) => u.lesson)).toContain('position-size');
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints risk ÷ (distance + fees), rounded down to the step, and the loss at each stop',
    (_lesson, props) => {
      const p = props as unknown as SizeVsStopProps;
      const entry = new Decimal(p.entryPrice);
      const fee = new Decimal(p.feeRate ?? '0');
      const risk = new Decimal(p.balance).times(p.riskPercent).div(100);
      const step = new Decimal(p.quantityStep ?? '0');
      const expected: string[] = [];
      for (const raw of p.stops.split(',')) {
        const stop = new Decimal(raw);
        const perUnit = entry.minus(stop).abs().plus(entry.times(fee)).plus(stop.times(fee));
        const exact = risk.div(perUnit);
        const q = step.isZero() ? exact : exact.div(step).floor().times(step);
        expect(q.times(perUnit).lte(risk)).toBe(true);
        expected.push(
          `stop ${money(stop)} → ${q.toFixed()}${p.baseAsset ? ` ${p.baseAsset}` : ''}`,
          `${money(perUnit)} per unit × size = ${money(q.times(perUnit))} at the stop`,
        );
      }
      const html = renderToStaticMarkup(<SizeVsStop {...p} />);
      expect(figureLabels(html).sort()).toEqual(expected.sort());
    },
  );

  it('prints lesson 10’s example: a stop at 59,000 gives 0.094 BTC and 99.59 at the stop', () => {
    const use = uses.find((u) => u.lesson === 'position-size')!;
    const labels = figureLabels(
      renderToStaticMarkup(<SizeVsStop {...(use.props as unknown as SizeVsStopProps)} />),
    );
    expect(labels).toContain('stop 59,000.00 → 0.094 BTC');
    expect(labels).toContain('1,059.50 per unit × size = 99.59 at the stop');
  });
});
