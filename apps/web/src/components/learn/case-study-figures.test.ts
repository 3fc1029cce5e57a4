import { CASE_STUDIES } from '@liqlab/content/case-studies/case-studies';
import {
  binanceBtcusdtTiers,
  Decimal,
  formatDecimal,
  liquidationPrice,
  quantityForQuoteValue,
} from '@liqlab/core';
import { readerText } from '@liqlab/core/figure-marks';
import { decodeScenarioState } from '@liqlab/scenario/scenario-state-codec';
import { describe, expect, it } from 'vitest';
import { caseStudyFigures } from './case-study-figures';

const studies = CASE_STUDIES.map((s) => [s.id, s] as const);
/** A figure as the page shows it at `digits` places (the default setting: 2). */
const shown = (text: string, digits = 2) => readerText(text, digits);
const amount = (text: string) => Number(shown(text).replace(/[^\d.]/g, ''));

describe('case study figures', () => {
  it.each(studies)('%s: each printed liquidation price is the engine’s for that leverage', (_id, study) => {
    const figures = caseStudyFigures(study);
    const entry = new Decimal(study.facts.find((f) => f.id === study.reconstruction[0]!.fact)!.price!);
    for (const row of figures.rows) {
      // Recomputed from core directly, without the scenario mapping the page goes through.
      const spec = {
        rules: 'binance-usdm' as const,
        side: 'long' as const,
        marginMode: 'isolated' as const,
        entryPrice: entry,
        quantity: quantityForQuoteValue('binance-usdm', new Decimal(1000).times(row.leverage), entry),
        leverage: new Decimal(row.leverage),
        margin: new Decimal(1000),
        tiers: [...binanceBtcusdtTiers],
      };
      const engine = liquidationPrice(spec, { includeClosingFee: false });
      for (const digits of [0, 2, 4, 6])
        expect(shown(row.liquidationPrice, digits), `${row.leverage}× at ${digits} places`).toBe(
          formatDecimal(engine, { digits, unit: 'USDT' }),
        );
    }
    for (const digits of [0, 2, 4, 6])
      expect(shown(figures.margin, digits)).toBe(formatDecimal(1000, { digits, unit: 'USDT' }));
  });

  it.each(studies)(
    '%s: a row is liquidated exactly when its liquidation price is at or above the low',
    (_id, study) => {
      const figures = caseStudyFigures(study);
      const low = amount(figures.lowPrice);
      for (const row of figures.rows) {
        expect(row.liquidated, `${row.leverage}×`).toBe(amount(row.liquidationPrice) >= low);
        expect(row.outcome).toBe(row.liquidated ? 'liquidated' : 'survived');
        if (row.liquidated) expect(shown(row.marginLeft)).toBe('0.00\u2009USDT');
      }
      const highest = figures.rows.find((r) => r.leverage === figures.highestSurvivingLeverage);
      expect(highest?.liquidated).toBe(false);
    },
  );

  it.each(studies)('%s: the stop lost more than planned, never more than the margin', (_id, study) => {
    const { stop } = caseStudyFigures(study);
    expect(amount(stop.actualLoss)).toBeGreaterThan(amount(stop.plannedLoss));
    expect(amount(stop.actualLoss)).toBeLessThan(1000);
    expect(amount(stop.triggeredAt)).toBeLessThanOrEqual(amount(stop.trigger));
    expect(amount(stop.fill)).toBeCloseTo(amount(stop.triggeredAt) * 0.99, 1);
  });

  it.each(studies)('%s: “open in sandbox” carries the highest surviving trade', (_id, study) => {
    const figures = caseStudyFigures(study);
    const scenario = decodeScenarioState(new URL(figures.sandboxHref, 'http://x').searchParams.get('state'));
    expect(scenario.position.leverage).toBe(String(figures.highestSurvivingLeverage));
    expect(scenario.path.kind).toBe('ticks');
  });
});
