import { readLessonFiles } from '@liqlab/content/lessons/read-lesson-files';
import { touchProbabilityPercent } from '@liqlab/content/quizzes/generators/stop-touch-probability';
import { formatDecimal } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import {
  EXPLORER_CONTROLS,
  explorerControls,
  explorerFigures,
  explorerInputsFromProps,
  type LiquidationPriceExplorerProps,
} from './liquidation-explorer-figures';
import { bandFigures } from './volatility-band-figures';

/**
 * A figure a lesson quotes for the widget beneath it must be the figure the widget opens on: the
 * widget's own props, read from the MDX, through the widget's own figures function.
 */
const lessons = readLessonFiles();

function propsOf(body: string, tag: string): Record<string, string>[] {
  return [...body.matchAll(new RegExp(`<${tag}\\b([^>]*?)/>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

function bodyOf(slug: string): string {
  const lesson = lessons.find((l) => l.meta.slug === slug);
  if (!lesson) throw new Error(`no lesson ${slug}`);
  return lesson.body;
}

describe('figures quoted for a widget are the widget’s own', () => {
  it('lesson 5: the explorer under the Binance formula shows ≈ 54,221.11, as the text says', () => {
    const body = bodyOf('how-exchanges-compute-the-liquidation-price');
    const [props] = propsOf(body, 'LiquidationPriceExplorer');
    const figures = explorerFigures(
      explorerInputsFromProps(props as unknown as LiquidationPriceExplorerProps),
    );
    if (!figures.ok) throw new Error('the explorer opens on valid inputs');
    const shown = formatDecimal(figures.value.liquidation, { digits: 2 });
    expect(shown).toBe('54,221.11');
    const intro = body.slice(0, body.indexOf('<LiquidationPriceExplorer')).replace(/<\/?[A-Z][^>]*>/g, '');
    expect(intro).toContain(`the explorer shows ≈ ${shown}`);
    expect(figures.value.tier?.maintenanceAmount.toString()).toBe('50');
  });

  it('lesson 9: the touch table, the band chart beneath it and the touch quiz give the same probabilities', () => {
    const body = bodyOf('the-volatility-band');
    const [props] = propsOf(body, 'VolatilityBandChart');
    const { entryPrice, annualVolatility, horizonHours } = props!;
    const sd = Number(annualVolatility) * Math.sqrt(Number(horizonHours) / 24 / 365);
    const rows = [...body.matchAll(/^\| ([\d.]+) standard deviations? \| ≈ ([\d.]+)% \|$/gm)];
    expect(rows.map((r) => r[1])).toEqual(['1', '1.5', '2', '3']);
    for (const [, k, printed] of rows) {
      // The chart with its stop exactly k standard deviations (in log price) below the entry.
      const stopPrice = (Number(entryPrice) * Math.exp(-Number(k) * sd)).toFixed(8);
      const figures = bandFigures({
        entryPrice: entryPrice!,
        annualVolatility: annualVolatility!,
        horizonHours: horizonHours!,
        sigmas: ['1'],
        side: 'long',
        stopPrice,
      });
      if (!figures.ok) throw new Error('the chart opens on valid inputs');
      const chart = formatDecimal(figures.value.touchProbability * 100, { digits: 1 });
      const quiz = formatDecimal(touchProbabilityPercent(k!), { digits: 1 });
      expect([chart, quiz], `${k} standard deviations`).toEqual([printed, printed]);
    }
  });
});

describe('the liquidation price explorer offers only what has been taught', () => {
  const explorers = lessons.flatMap((l) =>
    propsOf(l.body, 'LiquidationPriceExplorer').map((props) => ({ lesson: l.meta, props })),
  );

  it('names only known control groups, and opens on valid figures', () => {
    for (const { lesson, props } of explorers) {
      if (props.controls !== undefined) {
        const listed = props.controls.split(',').filter((c) => c.trim() !== '');
        expect(explorerControls(props.controls), lesson.slug).toHaveLength(listed.length);
      }
      const opened = explorerFigures(
        explorerInputsFromProps(props as unknown as LiquidationPriceExplorerProps),
      );
      expect(opened.ok, lesson.slug).toBe(true);
    }
  });

  it('opens in the forced-liquidation lesson without exchange rules, margin modes, tiers or the mark price', () => {
    const [props] = propsOf(bodyOf('margin-exhaustion-and-forced-liquidation'), 'LiquidationPriceExplorer');
    expect(explorerControls(props!.controls)).toEqual([]);
    expect(EXPLORER_CONTROLS.length).toBeGreaterThan(0);
  });

  it('opens with every option only in the deep-dive on exchange formulas', () => {
    for (const { lesson, props } of explorers) {
      const all = explorerControls(props.controls).length === EXPLORER_CONTROLS.length;
      expect(all, lesson.slug).toBe(lesson.slug === 'how-exchanges-compute-the-liquidation-price');
    }
  });
});
