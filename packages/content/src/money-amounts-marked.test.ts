import { markedParts } from '@liqlab/core/figure-marks';
import { describe, expect, it } from 'vitest';
import { inlineChecks } from './checks/inline-checks';
import { allQuestions } from './quizzes/course';
import { guidedPresets } from './sandbox/guided-presets';
import { sandboxPresets } from './sandbox/presets';

/**
 * Issue 16: "the decimal-places setting applies everywhere amounts are shown … including quiz answers".
 * A money amount in a quiz or an inline check reaches the reader's screen only as a figure mark (core's
 * markedGiven for a given amount, markedMoney for a computed one), which the screen shows at the
 * reader's places. This test reads every string a learner is shown and fails on a money amount typed
 * into the text instead, so a new prompt cannot bring back a figure the setting does not reach.
 */

/**
 * Every string of the quizzes, the checks and the sandbox presets a learner reads, by where it is shown.
 * A preset's title and caption are the title and notes of its sandbox scenario, its lesson widget and
 * its curated gallery entry; a guided preset's goal and hint head the challenge.
 */
function shownStrings(): [where: string, text: string][] {
  const shown: [string, string][] = [];
  for (const check of inlineChecks) {
    shown.push([`${check.id}:prompt`, check.prompt], [`${check.id}:why`, check.why]);
    if (check.kind === 'choice')
      for (const o of check.options) shown.push([`${check.id}:option:${o.id}`, o.text]);
  }
  for (const q of allQuestions) {
    shown.push([`${q.id}:prompt`, q.prompt]);
    for (const [i, hint] of q.hints.entries()) shown.push([`${q.id}:hint:${i}`, hint]);
    switch (q.kind) {
      case 'single':
      case 'multiple':
        for (const o of q.options) {
          shown.push([`${q.id}:option:${o.id}`, o.text], [`${q.id}:explanation:${o.id}`, o.explanation]);
        }
        break;
      case 'true-false':
        shown.push([`${q.id}:true`, q.explanations.true], [`${q.id}:false`, q.explanations.false]);
        break;
      case 'ordering':
        for (const item of q.items) shown.push([`${q.id}:item:${item.id}`, item.text]);
        shown.push([`${q.id}:explanation`, q.explanation]);
        break;
      case 'numeric':
      case 'scenario':
        shown.push([`${q.id}:explanation`, q.explanation]);
        break;
    }
  }
  for (const preset of [...sandboxPresets, ...guidedPresets.map((g) => g.preset)]) {
    shown.push([`${preset.id}:title`, preset.title], [`${preset.id}:description`, preset.description]);
  }
  for (const g of guidedPresets) {
    shown.push([`${g.id}:name`, g.name], [`${g.id}:goal`, g.goal.text], [`${g.id}:hint`, g.goal.hint]);
  }
  return shown;
}

const NUMBER = /(?<![\w.,\d])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|,\d)/g;
/** An amount in the app's quote currencies, written with its unit. */
const MONEY_UNIT = /^\s?(?:USDT|USDC|USD)\b/;
/** What a grouped number counts when it is not money: coins, contracts, hours; a rate or a leverage. */
const OTHER_UNIT = /^(?:%|×)|^\s(?:BTC|ETH|bitcoins?|contracts?|hours?|days?)\b/;
/** A deliberate round figure ("about 54,271", "less than 30 USDT") stays as written. */
const ROUND = /(?:\babout|\bnear|≈|\broughly|\baround|\bunder|\bless than)\s$/i;

/**
 * The money amounts typed into a string: a number with a quote-currency unit, or a grouped number
 * (1,000 and up) that counts nothing else. Marked figures are taken out first: they follow the setting.
 */
function typedMoney(text: string): string[] {
  const written = markedParts(text)
    .map((part) => (typeof part === 'string' ? part : ' '))
    .join('');
  return [...written.matchAll(NUMBER)]
    .filter((m) => {
      const before = written.slice(0, m.index);
      const after = written.slice(m.index + m[0].length);
      if (ROUND.test(before) && !m[0].includes('.')) return false;
      if (MONEY_UNIT.test(after)) return true;
      return m[0].includes(',') && !OTHER_UNIT.test(after);
    })
    .map((m) => m[0]);
}

/** Written as they are on purpose, each with why. */
const WRITTEN_AS_IS: Record<string, { figures: string[]; why: string }> = {
  'c00-usdt-price:option:euros': {
    figures: ['60,000'],
    why: 'the options contrast what a USDT price means; euros are no amount in the app’s currency',
  },
  'c04-inverse-long:prompt': { figures: ['1'], why: 'the inverse contract’s face value, an exchange rule' },
  'c04-inverse-long:why': { figures: ['30,000'], why: 'a count of contracts, the formula’s numerator' },
  'c11-partial:prompt': {
    figures: ['100,000'],
    why: 'Hyperliquid’s threshold for partial liquidation, an exchange rule',
  },
  'l04-inverse-long-liquidation:prompt': { figures: ['1'], why: 'the inverse contract’s face value' },
  'l04-inverse-long-liquidation:hint:0': { figures: ['1'], why: 'the inverse contract’s face value' },
  'l05-maintenance-amount:explanation:continuity': {
    figures: ['50,000', '50,000', '50,000'],
    why: 'the tier boundary of the table, an exchange rule',
  },
  'l08-trend-or-range:option:range': {
    figures: ['62,000'],
    why: 'a round range, “about 58,000 and 62,000”',
  },
  'l09-volatility-over-horizon:hint:1': { figures: ['8,760'], why: 'hours in a year' },
};

describe('money amounts in quizzes, inline checks and sandbox presets', () => {
  it('are marked for the reader’s decimal places, never typed into the text', () => {
    const typed = shownStrings()
      .map(([where, text]) => [where, typedMoney(text)] as const)
      .filter(([where, figures]) => figures.length > 0 || where in WRITTEN_AS_IS);
    expect(Object.fromEntries(typed)).toEqual(
      Object.fromEntries(Object.entries(WRITTEN_AS_IS).map(([where, { figures }]) => [where, figures])),
    );
  });

  it('finds a typed amount by its unit or its grouping, and leaves marks, round figures and counts alone', () => {
    expect(typedMoney('A long at 60,000 with 6,000 USDT of margin and 300 USDT of fees')).toEqual([
      '60,000',
      '6,000',
      '300',
    ]);
    expect(
      typedMoney('about 54,271; less than 30 USDT; 30,000 contracts; 0.5 BTC; 8,760 hours; 20×'),
    ).toEqual([]);
    expect(typedMoney('about 59,095.48')).toEqual(['59,095.48']);
  });
});
