import { readLessonFiles } from '@liqlab/content/lessons/read-lesson-files';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '~/lib/format-decimal';
import {
  explorerFigures,
  explorerInputsFromProps,
  type LiquidationPriceExplorerProps,
} from './liquidation-explorer-figures';

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
    const intro = body.slice(0, body.indexOf('<LiquidationPriceExplorer'));
    expect(intro).toContain(`So it shows ≈ ${shown}`);
    expect(figures.value.tier?.maintenanceAmount.toString()).toBe('50');
  });
});
