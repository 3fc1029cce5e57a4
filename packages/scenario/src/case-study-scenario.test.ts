import { CASE_STUDIES } from '@liqlab/content/case-studies/case-studies';
import { Decimal } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import {
  CASE_STUDY_MARGIN,
  caseStudyOutcome,
  caseStudyScenario,
  caseStudyTicks,
  highestSurvivingLeverage,
  reconstructionPrices,
} from './case-study-scenario';
import { replayScenario } from './replay-scenario';

const studies = CASE_STUDIES.map((s) => [s.id, s] as const);

describe('case-study reconstruction', () => {
  it.each(studies)(
    '%s: the ticks pass through every published point, and their low is the published low',
    (_id, study) => {
      const ticks = caseStudyTicks(study);
      const points = reconstructionPrices(study);
      for (const point of points) {
        expect(ticks.find(([t]) => t === point.time)?.[1], new Date(point.time).toISOString()).toBe(
          point.price.toFixed(),
        );
      }
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]![0]).toBeGreaterThan(ticks[i - 1]![0]);
      const lowest = Decimal.min(...ticks.map(([, p]) => p));
      expect(lowest.toFixed()).toBe(Decimal.min(...points.map((p) => p.price)).toFixed());
    },
  );

  it.each(studies)(
    '%s: opens a long at the first published price with 1,000 USDT of margin',
    (_id, study) => {
      const scenario = caseStudyScenario(study, { leverage: 10 });
      expect(scenario.position.entryPrice).toBe(reconstructionPrices(study)[0]!.price.toFixed());
      expect(scenario.position.margin).toBe(CASE_STUDY_MARGIN);
      expect(scenario.position.size).toEqual({ unit: 'quote', notional: '10000' });
    },
  );
});

describe('what would have survived', () => {
  it.each(studies)(
    '%s: the highest surviving leverage survives and the next one is liquidated',
    (_id, study) => {
      const highest = highestSurvivingLeverage(study);
      expect(highest).not.toBeNull();
      const survivor = caseStudyOutcome(study, { leverage: highest! });
      const next = caseStudyOutcome(study, { leverage: highest! + 1 });
      expect(survivor.outcome).toBe('open');
      expect(next.outcome).toBe('liquidated');
      // The reason, in prices: the path's low lies between the two liquidation prices.
      const low = Decimal.min(...reconstructionPrices(study).map((p) => p.price));
      expect(survivor.liquidationPrice!.lt(low)).toBe(true);
      expect(next.liquidationPrice!.gte(low)).toBe(true);
      // A liquidated isolated long has lost its margin; a survivor keeps some of it.
      expect(next.marginLeft.lt(CASE_STUDY_MARGIN)).toBe(true);
      expect(survivor.marginLeft.gt(0)).toBe(true);
    },
  );

  it('a stop 5 % below the entry closes the 10× long before liquidation, at the first tick past it less the slippage', () => {
    for (const study of CASE_STUDIES) {
      const scenario = caseStudyScenario(study, {
        leverage: 10,
        stopPercentBelowEntry: '5',
        stopSlippageBps: '100',
      });
      const stopped = replayScenario(scenario);
      expect(stopped.result.outcome, study.id).toBe('stopped-out');
      // A fast fall jumps past the trigger between two ticks: the stop-market fills at the first price at
      // or below it, then loses the slippage on top — worse than the 5 % the trader planned for.
      const entry = new Decimal(scenario.position.entryPrice);
      const trigger = new Decimal(scenario.position.stopLoss!.price);
      const firstPast = caseStudyTicks(study).find(([, price]) => new Decimal(price).lte(trigger))!;
      const fill = new Decimal(firstPast[1]).times('0.99');
      const quantity = new Decimal(10_000).div(entry);
      expect(stopped.result.residual.toFixed(6), study.id).toBe(
        new Decimal(CASE_STUDY_MARGIN).plus(quantity.times(fill.minus(entry))).toFixed(6),
      );
      expect(stopped.result.residual.gt(0)).toBe(true);
    }
  });

  it('the deeper the fall from the entry, the lower the highest surviving leverage', () => {
    const fall = (id: string) => {
      const prices = reconstructionPrices(CASE_STUDIES.find((s) => s.id === id)!).map((p) => p.price);
      return prices[0]!.minus(Decimal.min(...prices)).div(prices[0]!);
    };
    const ranked = [...CASE_STUDIES].sort((a, b) => fall(b.id).cmp(fall(a.id)));
    const leverages = ranked.map((s) => highestSurvivingLeverage(s)!);
    for (let i = 1; i < leverages.length; i++) expect(leverages[i]).toBeGreaterThanOrEqual(leverages[i - 1]!);
  });
});
