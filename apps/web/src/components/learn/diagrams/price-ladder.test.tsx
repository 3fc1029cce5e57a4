import { bankruptcyPrice, Decimal, formatDecimal, liquidationPrice, type PositionSpec } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diagramUses, figureLabels, svgDescription } from './diagram-test-helpers';
import { PriceLadder, type PriceLadderProps } from './price-ladder';

const uses = diagramUses('PriceLadder');
const money = (d: Decimal) => formatDecimal(d, { digits: 2 });
const change = (price: Decimal, entry: Decimal) =>
  formatDecimal(price.minus(entry).div(entry).times(100), { digits: 2, signed: true, unit: '%' });

/** The labels recomputed from the lesson's props with the engine's own formulas, not the diagram's figures module. */
function expectedLabels(props: PriceLadderProps): string[] {
  const entry = new Decimal(props.entryPrice);
  const quantity = new Decimal(props.quantity);
  const sign = props.side === 'long' ? 1 : -1;
  const margin = props.margin ? new Decimal(props.margin) : entry.times(quantity).div(props.leverage);
  const spec = {
    rules: props.rules,
    side: props.side,
    marginMode: 'isolated',
    entryPrice: props.entryPrice,
    quantity: props.quantity,
    maintenanceMarginRate: props.maintenanceMarginRate,
    margin: margin.toFixed(),
  } as PositionSpec;
  const equity = (m: Decimal, p: Decimal) => m.plus(p.minus(entry).times(quantity).times(sign));
  const rungAt = (p: Decimal) => [money(p), change(p, entry)];
  const liquidation = liquidationPrice(spec)!;
  if (props.addMargin) {
    const more = margin.plus(props.addMargin);
    const after = liquidationPrice({ ...spec, margin: more.toFixed() })!;
    return [
      money(entry),
      `margin ${money(margin)}`,
      ...rungAt(liquidation),
      `lose ${money(margin)} if hit`,
      `After +${money(new Decimal(props.addMargin))}`,
      ...rungAt(after),
      `lose ${money(more)} if hit`,
      `Room bought by putting ${money(new Decimal(props.addMargin))} more at risk`,
    ];
  }
  const bankruptcy = bankruptcyPrice(spec)!;
  const labels = [
    money(entry),
    `margin ${money(margin)}`,
    ...rungAt(liquidation),
    `equity ${money(equity(margin, liquidation))}`,
    ...rungAt(bankruptcy),
    `equity ${money(equity(margin, bankruptcy))}`,
  ];
  if (props.stopPrice) {
    const stop = new Decimal(props.stopPrice);
    labels.push(...rungAt(stop), `equity ${money(equity(margin, stop))}`);
  }
  return labels;
}

describe('PriceLadder', () => {
  it('is used by the lessons', () => {
    expect(uses.length).toBeGreaterThanOrEqual(3);
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints exactly the engine’s figures for the lesson’s position',
    (_lesson, props) => {
      const html = renderToStaticMarkup(<PriceLadder {...(props as unknown as PriceLadderProps)} />);
      const expected = expectedLabels(props as unknown as PriceLadderProps);
      expect(figureLabels(html).sort()).toEqual(expected.filter((l) => /\d/.test(l)).sort());
      const description = svgDescription(html);
      for (const label of expected.filter((l) => /^[\d,.]+$/.test(l))) expect(description).toContain(label);
    },
  );

  it('draws lesson 2’s ladder: liquidation at 54,271.36 with the maintenance margin left, bankruptcy at 54,000', () => {
    const props = uses.find((u) => u.lesson === 'margin-exhaustion-and-forced-liquidation')?.props;
    expect(props).toBeDefined();
    const labels = figureLabels(
      renderToStaticMarkup(<PriceLadder {...(props as unknown as PriceLadderProps)} />),
    );
    expect(labels).toEqual(
      expect.arrayContaining(['54,271.36', '−9.55%', 'equity 271.36', '54,000.00', '−10.00%']),
    );
  });

  it('is an image with a title and a description, and no hard-coded colour', () => {
    const [use] = uses;
    const html = renderToStaticMarkup(<PriceLadder {...(use!.props as unknown as PriceLadderProps)} />);
    expect(html).toMatch(/<svg role="img" aria-labelledby="[^"]+"/);
    expect(html).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
    expect(html).not.toMatch(/(fill|stroke)="#|rgb\(/);
  });
});
