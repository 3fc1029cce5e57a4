import { tierTable } from '@liqlab/content/lessons/tier-table-figures';
import { Decimal, liquidationPrice, maintenanceTierFor, type Rules } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diagramUses, figureLabels } from './diagram-test-helpers';
import { compactAmount, TierStaircase, type TierStaircaseProps } from './tier-staircase';

const uses = diagramUses('TierStaircase');

describe('TierStaircase', () => {
  it('is used by lesson 5', () => {
    expect(uses.map((u) => u.lesson)).toContain('how-exchanges-compute-the-liquidation-price');
  });

  it('writes tier floors compactly', () => {
    expect(['0', '50000', '250000', '1000000', '12500000'].map((v) => compactAmount(new Decimal(v)))).toEqual(
      ['0', '50k', '250k', '1M', '12.5M'],
    );
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints every tier’s rate and floor, and puts each position on the tier of its liquidation price',
    (_lesson, props) => {
      const p = props as unknown as TierStaircaseProps;
      const { tiers } = tierTable(p.tiersPreset);
      const expected: string[] = [];
      for (const tier of tiers) {
        const rate = new Decimal(tier.maintenanceMarginRate).times(100);
        expected.push(
          `${rate.toFixed(rate.isInteger() ? 0 : 1)}%`,
          compactAmount(new Decimal(tier.notionalFloor)),
        );
      }
      const html = renderToStaticMarkup(<TierStaircase {...p} />);
      const markers: string[] = [];
      for (const quantity of p.quantities.split(',')) {
        const label = `${quantity}${p.baseAsset ? ` ${p.baseAsset}` : ''}`;
        markers.push(label);
        const liq = liquidationPrice({
          rules: p.rules as Rules,
          side: p.side as 'long',
          marginMode: 'isolated',
          entryPrice: p.entryPrice,
          quantity,
          leverage: p.leverage,
          tiers: [...tiers],
        })!;
        const tier = maintenanceTierFor([...tiers], new Decimal(quantity).times(liq));
        const index = tiers.findIndex((t) => t.notionalFloor === tier.notionalFloor);
        // The marker stands on its step: the highlighted steps are exactly the positions' tiers.
        const stepRects = [...html.matchAll(/<rect [^>]*class="([^"]+)"/g)].map((m) =>
          m[1]!.includes('fill-caution'),
        );
        expect(stepRects[index], `${label} on tier ${index + 1}`).toBe(true);
      }
      expected.push(...markers);
      expect(figureLabels(html).sort()).toEqual(expected.sort());
    },
  );
});
