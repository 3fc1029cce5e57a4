import { Decimal } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { quizForLesson } from '../quizzes/course';
import { drawNumericParameters } from '../quizzes/generate-numeric-question';
import { numericGeneratorFor } from '../quizzes/generators/numeric-generator-registry';
import { readLessonFiles } from './read-lesson-files';
import { tierTableRows } from './tier-table-figures';

const SLUG = 'how-exchanges-compute-the-liquidation-price';
const lesson = readLessonFiles().find((l) => l.meta.slug === SLUG)!;

/** The `tiersPreset` of every component in the lesson that names a tier table. */
function tierTablesNamed(body: string): { tag: string; name: string }[] {
  return [...body.matchAll(/<(\w+)\b[^>]*?\btiersPreset="([^"]*)"/g)].map((m) => ({
    tag: m[1]!,
    name: m[2]!,
  }));
}

/** The part of the body under the `## …` heading with this id (sections are the h2 headings, in order). */
function section(id: string): string {
  const index = lesson.meta.sections.findIndex((s) => s.id === id);
  return index < 0 ? '' : (lesson.body.split(/^## /m)[index + 1] ?? '');
}

describe('lesson 5: the printed tier table, the explorer and the tier quiz share one table', () => {
  it('prints the table from the engine, and every tier-aware component names the same one', () => {
    const named = tierTablesNamed(lesson.body);
    expect(named.map((n) => n.tag).sort()).toEqual(
      ['LiquidationPriceExplorer', 'TierLiquidationTable', 'TierStaircase', 'TierTable'].sort(),
    );
    expect(new Set(named.map((n) => n.name))).toEqual(new Set(['binance-btcusdt']));
    // No tier table copied into Markdown beside it: the rendered one is the only one.
    expect(lesson.body).not.toMatch(/^\|.*maintenance (rate|amount).*\|$/m);
    expect(section('tiered-maintenance-margin')).toContain('<TierTable tiersPreset="binance-btcusdt"');
  });

  it('grades the quiz with the rows the lesson prints: a learner reading the table gets every draw right', () => {
    const quiz = quizForLesson(SLUG)!;
    const question = quiz.questions.find(
      (q) => q.kind === 'numeric' && q.generator === 'tiered-maintenance-margin',
    );
    if (question?.kind !== 'numeric')
      throw new Error('lesson 5 grades the tier table with a numeric question');
    expect(section(question.section)).toContain('<TierTable');
    // The question prints the same bundled table under its prompt.
    expect(question.tiersPreset).toBe('binance-btcusdt');
    const rows = tierTableRows('binance-btcusdt');
    const generator = numericGeneratorFor('tiered-maintenance-margin');
    const rowsAsked = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const params = drawNumericParameters(question, `tier-table-${i}`);
      const notional = new Decimal(params.notional!);
      const row = rows.findIndex(
        (r) => notional.gte(r.notionalFloor) && (r.notionalCap === null || notional.lt(r.notionalCap)),
      );
      expect(row, `${notional} is in a printed row`).toBeGreaterThanOrEqual(0);
      rowsAsked.add(row);
      const printed = rows[row]!;
      const fromTable = notional.times(printed.maintenanceMarginRate).minus(printed.maintenanceAmount);
      expect(generator.answer(params).toFixed()).toBe(fromTable.toFixed());
    }
    expect(rowsAsked.size).toBeGreaterThan(1);
  });
});
