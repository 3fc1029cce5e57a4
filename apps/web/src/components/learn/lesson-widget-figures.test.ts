import { amountsAsPrinted } from '@liqlab/content/lessons/prose-numbers';
import { readLessonFiles } from '@liqlab/content/lessons/read-lesson-files';
import { touchProbabilityPercent } from '@liqlab/content/quizzes/generators/stop-touch-probability';
import { type Decimal, formatDecimal, marginLoanResidualAtLiquidation } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import {
  EXPLORER_CONTROLS,
  explorerControls,
  explorerFigures,
  explorerInputsFromProps,
  type LiquidationPriceExplorerProps,
} from './liquidation-explorer-figures';
import { spotResidualColumns, spotResidualInputsFromProps } from './residual-figures';
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
    const intro = amountsAsPrinted(body.slice(0, body.indexOf('<LiquidationPriceExplorer'))).replace(
      /<\/?[A-Z][^>]*>/g,
      '',
    );
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

describe('the spot-margin residual table compares two ratios, every figure the engine’s', () => {
  const tables = lessons.flatMap((l) =>
    propsOf(l.body, 'ResidualBalanceExplorer')
      .filter((props) => props.mode === 'spot-margin')
      .map((props) => ({ slug: l.meta.slug, props })),
  );

  it('is in lessons 3 and 8', () => {
    expect(tables.map((t) => t.slug).sort()).toEqual([
      'borrowed-fund-margin',
      'margin-exhaustion-and-forced-liquidation',
    ]);
  });

  it('opens on two different ratios whose figures differ and are core’s residual at liquidation', () => {
    for (const { slug, props } of tables) {
      const inputs = spotResidualInputsFromProps(props);
      const columns = spotResidualColumns(inputs);
      expect(columns[0].level, slug).not.toBe(columns[1].level);
      const shown = columns.map((column) => {
        if (!column.figures.ok) throw new Error(`${slug}: ratio ${column.level} does not open`);
        return column.figures.value;
      });
      for (const [i, column] of columns.entries()) {
        // Lesson 3's account of 0.3 BTC: the trigger depends on the debt and the ratio, not on the coins held.
        const account = {
          baseAsset: '0.3',
          quoteAsset: '0',
          baseLiability: '0',
          quoteLiability: inputs.debt,
        };
        const engine = marginLoanResidualAtLiquidation(account, column.level, {
          liquidationFeeRate: inputs.feeRate,
        });
        const text = (d: Decimal) => d.toFixed();
        expect(text(shown[i]!.maxResidual), `${slug} ${column.level}`).toBe(text(engine.equity));
        expect(text(shown[i]!.fee), `${slug} ${column.level}`).toBe(text(engine.liquidationFee));
        expect(text(shown[i]!.residual), `${slug} ${column.level}`).toBe(text(engine.residual));
        expect(text(shown[i]!.assetsAtTrigger), `${slug} ${column.level}`).toBe(
          text(engine.price!.times('0.3')),
        );
      }
      for (const key of ['assetsAtTrigger', 'maxResidual', 'fee', 'residual'] as const) {
        expect(shown[0]![key].eq(shown[1]![key]), `${slug}: ${key} is the same in both columns`).toBe(false);
      }
    }
  });

  it('lesson 3: the example above the table quotes the table’s own columns', () => {
    const body = bodyOf('margin-exhaustion-and-forced-liquidation');
    const [props] = propsOf(body, 'ResidualBalanceExplorer');
    const [chosen, compared] = spotResidualColumns(spotResidualInputsFromProps(props!)).map((c) => {
      if (!c.figures.ok) throw new Error('the table opens on valid inputs');
      return c.figures.value;
    });
    const example = amountsAsPrinted(
      body.slice(
        body.indexOf('<Callout kind="example">\nSuppose you owe'),
        body.indexOf('<ResidualBalanceExplorer'),
      ),
    );
    for (const figure of [
      chosen!.assetsAtTrigger,
      chosen!.maxResidual,
      compared!.assetsAtTrigger,
      compared!.maxResidual,
    ]) {
      expect(example).toContain(formatDecimal(figure, { digits: 0 }));
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
