import { tierTableRows } from '@liqlab/content/lessons/tier-table-figures';
import { allQuestions } from '@liqlab/content/quizzes/course';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { quizExhibits } from './quiz-exhibits';

describe('quizExhibits', () => {
  const exhibits = quizExhibits(allQuestions);

  it('prints a table under exactly the questions that name one', () => {
    const naming = allQuestions.filter((q) => q.kind === 'numeric' && q.tiersPreset).map((q) => q.id);
    expect(naming).toContain('l05-tiered-maintenance');
    expect(Object.keys(exhibits).sort()).toEqual([...naming].sort());
  });

  it('prints the tier question’s table with every row the generator grades from, and its date', () => {
    const html = renderToStaticMarkup(<>{exhibits['l05-tiered-maintenance']}</>);
    const rows = tierTableRows('binance-btcusdt');
    expect(html.match(/<tr>/g)?.length).toBe(rows.length + 1);
    for (const row of rows) expect(html).toContain(`${row.maintenanceMarginRate.times(100).toFixed(2)}%`);
    expect(html).toContain('2021');
  });
});
