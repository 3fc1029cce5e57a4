import { Decimal, expectancyInR, formatDecimal, liquidationPrice, type Rules } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { long10x } from '../checks/check-positions';
import { readLessonFiles } from './read-lesson-files';
import { tierTableRows } from './tier-table-figures';

/**
 * Results the number scanner of prose-numbers.ts cannot see — a figure glued to its unit ("+0.2R"), a
 * comparison ("less than 30 USDT"), a claim about two table rows — recomputed with @liqlab/core.
 */
const lessons = readLessonFiles();
/** A lesson's text with glossary links unwrapped, as the reader sees the sentence. */
function textOf(slug: string): string {
  const lesson = lessons.find((l) => l.meta.slug === slug);
  if (!lesson) throw new Error(`no lesson ${slug}`);
  return lesson.body.replace(/<\/?Term\b[^>]*>/g, '');
}

describe('results the prose scanner cannot see', () => {
  it('lesson 5: the expectancy of a 40% and a 25% win rate with 2R winners', () => {
    const text = textOf('opening-calmly');
    for (const winRate of ['0.4', '0.25']) {
      const r = expectancyInR({ winRate, averageWinR: '2' });
      const loss = new Decimal(1).minus(winRate).toFixed();
      expect(text).toContain(
        `${winRate} × 2 − ${loss} × 1 = **${formatDecimal(r, { digits: 2, trim: true, signed: true })}R**`,
      );
    }
  });

  it('lesson 13: "At 250,000, both rows next to it give 1,200" in the bundled Binance table', () => {
    expect(textOf('how-exchanges-compute-the-liquidation-price')).toContain(
      'At 250,000, both rows next to it give 1,200.',
    );
    const rows = tierTableRows('binance-btcusdt');
    const below = rows.find((row) => row.notionalCap?.eq(250_000));
    const above = rows.find((row) => row.notionalFloor.eq(250_000));
    if (!below || !above) throw new Error('the table has no boundary at 250,000');
    for (const row of [below, above]) {
      const requirement = row.maintenanceMarginRate.times(250_000).minus(row.maintenanceAmount);
      expect(formatDecimal(requirement, { digits: 0 })).toBe('1,200');
    }
  });

  it('lesson 13: the three rule sets "differ by less than 30 USDT" for the side-by-side position', () => {
    expect(textOf('how-exchanges-compute-the-liquidation-price')).toContain(
      'With the same inputs, the three differ by less than 30 USDT.',
    );
    const prices = (['binance-usdm', 'bybit-linear', 'okx-linear'] as Rules[]).map(
      (rules) => liquidationPrice(long10x({ rules, takerFeeRate: '0.0005' }))!,
    );
    const spread = Decimal.max(...prices).minus(Decimal.min(...prices));
    expect(spread.lt(30)).toBe(true);
    // "Less than 30" is the nearest round bound, not a loose one.
    expect(spread.gte(20)).toBe(true);
  });
});
