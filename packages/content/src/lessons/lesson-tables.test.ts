import {
  Decimal,
  formatDecimal,
  initialMargin,
  liquidationPrice,
  positionMargin,
  recoveryGain,
  unrealizedPnl,
} from '@liqlab/core';
import { CURRENCY_DIGIT_CHOICES } from '@liqlab/core/display-precision';
import { describe, expect, it } from 'vitest';
import { long10x } from '../checks/check-positions';
import { amountsAt, plainNumber } from './prose-numbers';
import { readLessonFiles } from './read-lesson-files';

/**
 * The tables lessons print, recomputed row by row with @liqlab/core. prose-numbers.ts only sees a
 * figure as a result when "=" or "≈" stands before it, so a table column of results (an equity, a
 * margin) would otherwise go unchecked: here every cell that the engine can produce is produced by it.
 */
const lessons = readLessonFiles();

function rowsOf(slug: string, header: RegExp): string[][] {
  const lesson = lessons.find((l) => l.meta.slug === slug);
  if (!lesson) throw new Error(`no lesson ${slug}`);
  const lines = lesson.body.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|') && header.test(line));
  if (start < 0) throw new Error(`${slug}: no table whose header matches ${header}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  expect(rows.length, slug).toBeGreaterThan(1);
  return rows;
}

/** A printed figure as the engine's value reads at the printed precision ("≈ 11.1%" → 1 place). */
function printed(value: Decimal, cell: string): string {
  const number = cell.match(/[\d,]+(?:\.\d+)?/)?.[0];
  if (number === undefined) throw new Error(`no number in "${cell}"`);
  const digits = plainNumber(number).split('.')[1]?.length ?? 0;
  return formatDecimal(value, { digits });
}

/** "≈" exactly when the printed figure is rounded. */
function roundingMark(value: Decimal, cell: string): boolean {
  return !new Decimal(plainNumber(cell.match(/[\d,]+(?:\.\d+)?/)![0])).eq(value);
}

const leverageOf = (cell: string) => cell.match(/^(\d+)×$/)?.[1] ?? '';

/** The exact value of the one `<Amount>` in a cell. */
function amountIn(cell: string): Decimal {
  const value = /<Amount value="(-?\d+(?:\.\d+)?)" \/>/.exec(cell)?.[1];
  if (value === undefined) throw new Error(`no <Amount> in "${cell}"`);
  return new Decimal(value);
}

/**
 * A cell of money amounts (`<Amount>`, shown at the reader's places) reads as `expected` builds the
 * engine's figures at every decimal place a reader may choose.
 */
function expectAmounts(cell: string, expected: (digits: number) => string, what: string) {
  for (const digits of CURRENCY_DIGIT_CHOICES) {
    expect(amountsAt(cell, digits), `${what} at ${digits} places`).toBe(expected(digits));
  }
}

describe('tables printed in the lessons are the engine’s', () => {
  it('lesson 3: the equity of the 10× long at each price (PnL and equity, sign included)', () => {
    const spec = long10x({});
    for (const [priceCell, pnlCell, equityCell] of rowsOf(
      'margin-exhaustion-and-forced-liquidation',
      /unrealized PnL \| equity/,
    )) {
      const price = amountIn(priceCell!);
      const pnl = unrealizedPnl(spec, price);
      const equity = positionMargin(spec).plus(pnl);
      expectAmounts(pnlCell!, (digits) => formatDecimal(pnl, { digits, signed: true }), `PnL at ${price}`);
      expectAmounts(equityCell!, (digits) => formatDecimal(equity, { digits }), `equity at ${price}`);
    }
  });

  it('lesson 4: the gain needed to recover from each loss, and "impossible" at 100%', () => {
    for (const [lossCell, gainCell] of rowsOf('stop-losses', /gain needed to recover/)) {
      const loss = new Decimal(plainNumber(lossCell!.replace('%', ''))).div(100);
      if (loss.eq(1)) {
        expect(gainCell).toBe('impossible');
        expect(() => recoveryGain(loss)).toThrow();
        continue;
      }
      const gain = recoveryGain(loss).times(100);
      const mark = roundingMark(gain, gainCell!) ? '≈ ' : '';
      expect(gainCell, `after a ${lossCell} loss`).toBe(`${mark}${printed(gain, gainCell!)}%`);
    }
  });

  it('lesson 7: the 0.1 BTC long’s isolated margin and liquidation price at each leverage, and where it lies from the stop', () => {
    for (const [leverageCell, marginCell, liquidationCell, relation] of rowsOf(
      'position-size',
      /relation to the <Amount value="59000" \/> stop/,
    )) {
      const spec = long10x({ quantity: '0.1', leverage: leverageOf(leverageCell!) });
      const liquidation = liquidationPrice(spec)!;
      expectAmounts(marginCell!, (digits) => formatDecimal(initialMargin(spec), { digits }), leverageCell!);
      // "≈" exactly when the written value is rounded (then it is at every choice of places).
      const mark = amountIn(liquidationCell!).eq(liquidation) ? '' : '≈ ';
      expectAmounts(
        liquidationCell!,
        (digits) => `${mark}${formatDecimal(liquidation, { digits })}`,
        leverageCell!,
      );
      expect(relation!.includes('above'), leverageCell).toBe(liquidation.gt(59_000));
    }
  });

  it('lesson 10: each short’s margin, the formula’s numerator and divisor, its liquidation price and the rise to it', () => {
    for (const [leverageCell, marginCell, liquidationCell, riseCell] of rowsOf(
      'shorts-and-short-squeezes',
      /margin for 1 BTC/,
    )) {
      const spec = long10x({ side: 'short', leverage: leverageOf(leverageCell!) });
      const margin = initialMargin(spec);
      const liquidation = liquidationPrice(spec)!;
      expectAmounts(marginCell!, (digits) => formatDecimal(margin, { digits }), leverageCell!);
      // "(entry + margin ÷ quantity) ÷ (1 + maintenance rate) ≈ price": Binance's short formula for one coin.
      const [numerator, divisor, result] = liquidationCell!.split(/ ÷ | ≈ /);
      expectAmounts(numerator!, (digits) => formatDecimal(margin.plus(60_000), { digits }), leverageCell!);
      expect(divisor, leverageCell).toBe(new Decimal(1).plus(spec.maintenanceMarginRate!).toFixed());
      expectAmounts(result!, (digits) => formatDecimal(liquidation, { digits }), leverageCell!);
      const rise = liquidation.minus(60_000).div(60_000).times(100);
      expect(riseCell, leverageCell).toBe(`≈ ${printed(rise, riseCell!)}%`);
    }
  });
});
