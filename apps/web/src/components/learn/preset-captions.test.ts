import { amountsAsPrinted } from '@liqlab/content/lessons/prose-numbers';
import { readLessonFiles } from '@liqlab/content/lessons/read-lesson-files';
import { allQuestions } from '@liqlab/content/quizzes/course';
import { SCENARIO_OUTCOMES } from '@liqlab/content/quizzes/question-schema';
import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import {
  bankruptcyPrice,
  Decimal,
  formatDecimal,
  initialMargin,
  liquidationPrice,
  type Num,
  type ReplayEvent,
  typicalMove,
} from '@liqlab/core';
import { CURRENCY_DIGIT_CHOICES } from '@liqlab/core/display-precision';
import { readerText } from '@liqlab/core/figure-marks';
import { engineInputsOf } from '@liqlab/scenario/engine-inputs-from-scenario';
import { replayPreset } from '@liqlab/scenario/replay-preset';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { describe, expect, it } from 'vitest';
import { extremeOf } from './series-extreme';

/**
 * Every preset caption (its description, shown by the lesson widgets, the sandbox and the gallery)
 * that states a figure or an outcome is checked here against the replay of that same preset through
 * the mapping the widgets use. Each test first finds the quoted words in the caption as a reader at the
 * default places reads it, so a caption edited without its claim fails too; a figure the caption takes
 * from the engine is checked at every decimal place a reader may choose (shownAtEveryPlace).
 */
/** The preset's position as core's spec, through the one preset → scenario mapping. */
function presetPositionSpec(p: SandboxPreset) {
  return engineInputsOf(scenarioFromPreset(p).position).spec;
}

function preset(id: string): SandboxPreset {
  const found = sandboxPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

function captionOf(id: string, ...quotes: string[]) {
  const p = preset(id);
  for (const quote of quotes) expect(readerText(p.description, 2), `${id}: caption`).toContain(quote);
  const replay = replayPreset(p);
  const closing = replay.result.events.find((e: ReplayEvent) =>
    ['stop-loss', 'take-profit', 'liquidation'].includes(e.type),
  );
  return {
    replay,
    outcome: replay.result.outcome,
    closing,
    liquidation: replay.liquidation!,
    lowestMark: extremeOf(replay.path.mark, 'min').value,
    highestMark: extremeOf(replay.path.mark, 'max').value,
    lowestLast: extremeOf(replay.path.last ?? replay.path.mark, 'min').value,
    finalMark: replay.path.mark[replay.path.mark.length - 1]!,
  };
}

/** The caption shows this figure at each choice of decimal places, as the engine's value rounds there. */
function shownAtEveryPlace(id: string, value: Num) {
  for (const digits of CURRENCY_DIGIT_CHOICES) {
    expect(readerText(preset(id).description, digits), `${id} at ${digits} places`).toContain(
      formatDecimal(value, { digits }),
    );
  }
}
const cents = (value: Num) => formatDecimal(value, { digits: 2 });
const MARGIN = new Decimal(6000);

describe('preset captions agree with their replays', () => {
  it('long-10x-slow-bleed: liquidated at 54,271.36, before the bankruptcy price of 54,000', () => {
    const c = captionOf('long-10x-slow-bleed', 'margin at 54,271.36', 'bankruptcy price of 54,000.00');
    expect(c.outcome).toBe('liquidated');
    shownAtEveryPlace('long-10x-slow-bleed', c.liquidation);
    shownAtEveryPlace(
      'long-10x-slow-bleed',
      bankruptcyPrice(presetPositionSpec(preset('long-10x-slow-bleed')))!,
    );
    expect(c.closing!.mark.gt(54_000)).toBe(true);
  });

  it('mark-vs-last-wick-20x: last −12 %, mark −6 % to 56,400, liquidated at 57,286.43', () => {
    const c = captionOf('mark-vs-last-wick-20x', 'plunges 12%', 'dips only 6%, to 56,400.00', 'at 57,286.43');
    expect(c.lowestLast).toBeCloseTo(60_000 * 0.88, 6);
    expect(c.lowestMark).toBeCloseTo(56_400, 6);
    shownAtEveryPlace('mark-vs-last-wick-20x', c.liquidation);
    expect(c.outcome).toBe('liquidated');
  });

  it('mark-vs-last-wick-10x: the chart prints 52,800, the mark stays above 56,400, the position survives', () => {
    const c = captionOf(
      'mark-vs-last-wick-10x',
      'is 54,271.36',
      'prints 52,800.00',
      'never goes below 56,400.00',
      'survives',
    );
    shownAtEveryPlace('mark-vs-last-wick-10x', c.liquidation);
    expect(c.lowestLast).toBeCloseTo(52_800, 6);
    expect(c.lowestMark).toBeCloseTo(56_400, 6);
    expect(c.outcome).toBe('open');
  });

  it('cross-vs-isolated-10x: liquidation near 50,251; the crash to 53,400 is fatal isolated, survived cross', () => {
    const c = captionOf(
      'cross-vs-isolated-10x',
      'at 50,251.26 instead of 54,271.36',
      'to 53,400.00',
      'survivable here',
    );
    shownAtEveryPlace('cross-vs-isolated-10x', c.liquidation);
    expect(c.lowestMark).toBeCloseTo(53_400, 6);
    expect(c.outcome).toBe('open');
    const cross = preset('cross-vs-isolated-10x');
    const { walletBalance: _, ...isolatedPosition } = cross.position;
    const isolated = replayPreset({ ...cross, position: { ...isolatedPosition, marginMode: 'isolated' } });
    shownAtEveryPlace('cross-vs-isolated-10x', isolated.liquidation!);
    expect(isolated.result.outcome).toBe('liquidated');
  });

  it('tiered-100-btc-10x: the liquidation price sits above a 1 BTC position’s, and a 10% decline reaches it', () => {
    const c = captionOf(
      'tiered-100-btc-10x',
      'sits above that of a 1 BTC position',
      'A 10% decline reaches it',
    );
    const oneBtc = liquidationPrice(
      presetPositionSpec({
        ...preset('tiered-100-btc-10x'),
        position: { ...preset('tiered-100-btc-10x').position, quantity: '1' },
      }),
    );
    expect(c.liquidation.gt(oneBtc!)).toBe(true);
    expect(c.finalMark).toBeCloseTo(54_000, 6);
    expect(c.outcome).toBe('liquidated');
  });

  it('bybit-linear-10x-long: liquidation at 54,300 in a market swinging 5% either way', () => {
    const c = captionOf('bybit-linear-10x-long', 'liquidation at 54,300.00', 'swings 5% either way');
    shownAtEveryPlace('bybit-linear-10x-long', c.liquidation);
    expect(c.lowestMark).toBeGreaterThanOrEqual(57_000 - 1e-6);
    expect(c.highestMark).toBeLessThanOrEqual(63_000 + 1e-6);
  });

  it('short-squeeze-20x: a rally of 15% to 69,000 closes the 20× short liquidated near 62,687', () => {
    const c = captionOf(
      'short-squeeze-20x',
      'rallies 15% to 69,000.00',
      'at 62,686.57',
      'is closed on the way up',
    );
    // "to 69,000": the squeeze path peaks within 0.5% of the price the caption names.
    expect(Math.abs(c.highestMark / 69_000 - 1)).toBeLessThan(0.005);
    shownAtEveryPlace('short-squeeze-20x', c.liquidation);
    expect(c.outcome).toBe('liquidated');
  });

  it('short-squeeze-3x: liquidation at 79,601.99, a large loss at the peak but no liquidation', () => {
    const c = captionOf('short-squeeze-3x', 'is 79,601.99', 'is not liquidated');
    shownAtEveryPlace('short-squeeze-3x', c.liquidation);
    expect(Math.abs(c.highestMark / 69_000 - 1)).toBeLessThan(0.005);
    expect(c.outcome).toBe('open');
  });

  it('stop-loss-flash-crash: the stop fills a little below its trigger and loses about half the margin', () => {
    const c = captionOf(
      'stop-loss-flash-crash',
      'stop-market order at 57,000.00',
      'mark price to 52,800.00',
      'fills a little below its trigger',
      'about half the margin instead of all of it',
    );
    expect(c.lowestMark).toBeCloseTo(52_800, 6);
    expect(c.liquidation.gt(52_800)).toBe(true);
    expect(c.outcome).toBe('stopped-out');
    expect(c.closing!.type).toBe('stop-loss');
    // "a little below": under the trigger, by less than 0.1% of it.
    expect(c.closing!.price.lt(57_000) && c.closing!.price.gt(57_000 * 0.999)).toBe(true);
    // "about half": 45–55% of the margin (the replay loses 3,054.47 of 6,000 USDT).
    const lost = c.replay.result.netPnl.neg().div(MARGIN);
    expect(lost.gt(0.45) && lost.lt(0.55)).toBe(true);
  });

  it('long-10x-flash-crash-no-stop: the same crash takes the whole 6,000 USDT margin', () => {
    const c = captionOf(
      'long-10x-flash-crash-no-stop',
      'reaches 52,800.00',
      'of 54,271.36',
      'whole 6,000.00 USDT margin',
    );
    expect(c.lowestMark).toBeCloseTo(52_800, 6);
    shownAtEveryPlace('long-10x-flash-crash-no-stop', c.liquidation);
    shownAtEveryPlace(
      'long-10x-flash-crash-no-stop',
      initialMargin(presetPositionSpec(preset('long-10x-flash-crash-no-stop'))),
    );
    expect(c.outcome).toBe('liquidated');
    expect(c.replay.result.netPnl.lte(MARGIN.neg())).toBe(true);
    // The two presets replay the identical crash.
    expect(preset('long-10x-flash-crash-no-stop').path).toEqual(preset('stop-loss-flash-crash').path);
  });

  it('choppy-range-tight-stop: a stop 1% below the entry in a ±4% range is reached by the noise', () => {
    const c = captionOf('choppy-range-tight-stop', 'only 1% below the entry', 'swings 4% either way');
    expect(new Decimal(preset('choppy-range-tight-stop').stopLoss!).div(60_000).toFixed()).toBe('0.99');
    expect(c.lowestMark).toBeGreaterThanOrEqual(57_600 - 1e-6);
    expect(c.outcome).toBe('stopped-out');
  });

  it('volatility-band-wide-stop: the stop at 56,000 is about two daily standard deviations below the entry', () => {
    captionOf(
      'volatility-band-wide-stop',
      '60% annual volatility over one day',
      'about two daily standard deviations',
    );
    const sd = typicalMove({ price: 60_000, annualVolatility: '0.6', horizonDays: 1 });
    const k = new Decimal(60_000).minus(preset('volatility-band-wide-stop').stopLoss!).div(sd);
    expect(k.toDecimalPlaces(0).toNumber()).toBe(2);
  });

  it('right-sized-long-10x: stopped out below the stop for about 110 USDT, the liquidation price never in play', () => {
    const c = captionOf(
      'right-sized-long-10x',
      'filling a little below the stop, for about 110 USDT',
      'of 54,271.36 is never in play',
    );
    expect(c.outcome).toBe('stopped-out');
    expect(c.closing!.price.lt(preset('right-sized-long-10x').stopLoss!)).toBe(true);
    // The planned 100 USDT, plus the fill below the stop (and fees where they are on).
    const lost = c.replay.result.netPnl.neg();
    expect(lost.minus(110).abs().lte(5)).toBe(true);
    shownAtEveryPlace('right-sized-long-10x', c.liquidation);
    expect(c.lowestMark).toBeGreaterThan(c.liquidation.toNumber());
  });

  it('oversized-long-25x: 2,400 USDT of margin and a liquidation price of 57,889.45, inside the 4% swing', () => {
    const c = captionOf('oversized-long-25x', '2,400.00 USDT of margin', '57,889.45', 'ordinary 4% swing');
    shownAtEveryPlace('oversized-long-25x', c.liquidation);
    shownAtEveryPlace('oversized-long-25x', initialMargin(presetPositionSpec(preset('oversized-long-25x'))));
    expect(c.liquidation.gt(60_000 * 0.96)).toBe(true);
    expect(c.lowestMark).toBeLessThan(c.liquidation.toNumber());
    expect(c.outcome).toBe('liquidated');
  });

  it('funding-slow-bleed-cross: 30 days of decline to 52,800, funding paid every 8 hours, and the account survives', () => {
    const c = captionOf(
      'funding-slow-bleed-cross',
      '30 days of slow decline to 52,800.00',
      'paying funding every 8 hours',
      'The position survives',
    );
    expect(c.finalMark).toBeCloseTo(52_800, 6);
    const payments = c.replay.result.events.filter((e: ReplayEvent) => e.type === 'funding');
    expect(payments).toHaveLength((30 * 24) / 8);
    expect(payments.every((e: ReplayEvent) => e.amount!.isNegative())).toBe(true);
    expect(c.outcome).toBe('open');
  });

  it('liquidation-event-drill: the mark falls 10% to 54,000 and the 10× long is liquidated', () => {
    const c = captionOf('liquidation-event-drill', '10% down to 54,000.00', 'is liquidated');
    expect(c.lowestMark).toBeCloseTo(54_000, 6);
    expect(c.outcome).toBe('liquidated');
  });
});

describe('lesson sentences about a replay', () => {
  /**
   * The lesson as the reader sees it at the default decimal places: amounts printed, other component
   * tags (glossary links and the like) removed, text kept.
   */
  const lessonBody = (slug: string) =>
    amountsAsPrinted(readLessonFiles().find((l) => l.meta.slug === slug)!.body).replace(
      /<\/?[A-Z][^>]*>/g,
      '',
    );

  it('lesson 4: under the same wick the 10× trader survives and the 20× trader is liquidated', () => {
    expect(lessonBody('contract-margin-futures-and-perpetuals')).toContain(
      'The 10× trader survives even though the chart printed a price far below the liquidation price. The 20× trader is liquidated',
    );
    const ten = captionOf('mark-vs-last-wick-10x');
    const twenty = captionOf('mark-vs-last-wick-20x');
    expect(ten.replay.path).toEqual(twenty.replay.path);
    expect(ten.lowestLast).toBeLessThan(ten.liquidation.toNumber());
    expect(ten.outcome).toBe('open');
    expect(twenty.outcome).toBe('liquidated');
  });

  it('lesson 6: the squeeze liquidates the 20× and the 10× short on the way up; the 3× short survives the peak', () => {
    expect(lessonBody('shorts-and-short-squeezes')).toContain(
      'are both liquidated on the way up; the 3× short (≈ 79,601.99) survives the peak',
    );
    const squeeze = preset('short-squeeze-20x');
    const tenX = replayPreset({ ...squeeze, position: { ...squeeze.position, leverage: '10' } });
    const peak = extremeOf(tenX.path.mark, 'max').index;
    for (const replay of [captionOf('short-squeeze-20x').replay, tenX]) {
      expect(replay.result.outcome).toBe('liquidated');
      expect(replay.result.closedAt!).toBeLessThanOrEqual(peak);
    }
    expect(captionOf('short-squeeze-3x').outcome).toBe('open');
  });

  it('lesson 10: at 50× the exchange liquidates the position before its stop at 59,000 can act', () => {
    expect(lessonBody('position-size')).toContain(
      'so the exchange liquidates the position before the stop can act',
    );
    const sized = preset('right-sized-long-10x');
    const fifty = replayPreset({
      ...sized,
      position: { ...sized.position, quantity: '0.1', leverage: '50' },
    });
    expect(fifty.liquidation!.gt(sized.stopLoss!)).toBe(true);
    expect(fifty.result.outcome).toBe('liquidated');
    expect(fifty.result.netPnl.lte(-120)).toBe(true);
  });

  it('lesson 7: in a gap from above 57,000 to 52,800 the same stop fills at 52,800 and the whole margin is lost', () => {
    expect(lessonBody('stop-losses')).toContain(
      'Had the trades jumped from above 57,000.00 straight down to 52,800.00',
    );
    const crash = preset('stop-loss-flash-crash');
    if (crash.path.kind !== 'named') throw new Error('a named crash');
    // The same crash, its mark falling 11% instead of 12%: the tick that crosses the stop is the one
    // where the last price is at the bottom of the 12% wick, so the trades jump past the stop.
    const gapped = replayPreset({
      ...crash,
      path: { ...crash.path, magnitude: '0.12', markMagnitude: '0.11' },
    });
    const stop = gapped.result.events.find((e) => e.type === 'stop-loss')!;
    const before = gapped.path.last![stop.index - 1]!;
    expect(before).toBeGreaterThan(57_000);
    expect(cents(stop.price)).toBe('52,800.00');
    expect(stop.price.lt(bankruptcyPrice(presetPositionSpec(crash))!)).toBe(true);
    expect(gapped.result.netPnl.lte(MARGIN.neg())).toBe(true);
    // The replay the lesson shows does not gap: its stop fills within 0.1% of the trigger.
    const shown = captionOf('stop-loss-flash-crash').closing!;
    expect(shown.price.div(57_000).minus(1).abs().lt(0.001)).toBe(true);
  });
});

describe('scenario questions grade what the replay shows', () => {
  const scenarios = allQuestions.flatMap((q) => (q.kind === 'scenario' ? [q] : []));

  it('exist for every outcome, so no answer is always right', () => {
    for (const outcome of SCENARIO_OUTCOMES) {
      expect(
        scenarios.some((q) => q.outcome === outcome),
        outcome,
      ).toBe(true);
    }
  });

  it.each(scenarios.map((q) => [q.id, q] as const))('%s: the answer is the replay’s outcome', (_, q) => {
    expect(replayPreset(preset(q.preset)).result.outcome).toBe(q.outcome);
  });
});
