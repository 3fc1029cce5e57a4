import { describe, expect, it } from 'vitest';
import { readLessonFiles } from './read-lesson-files';
import { readableProse, readingLevel, sentencesOf, syllablesOf, wordsOf } from './reading-level';

/**
 * Reading level of the lessons (issue 15: "reading level stays around US grade 8").
 *
 * Measured on 2026-12-05 (`pnpm --filter @liqlab/content reading-level`, table in BENCHMARKS.md), after
 * lessons 11 and 13 (then 9.4 and 9.5) and later lessons 2 and 3 (then 8.6) were rewritten in shorter
 * sentences: lessons range from grade 4.8 (lesson 1) to 8.2 (lessons 8 and 9), course mean 6.8. The
 * ceilings are the target, "around US grade 8", as whole grades: 9 for any lesson (so a lesson
 * reading like grade 9.5 fails) and 8 for the course mean. A ratchet: lower them when the lessons are
 * simplified further. Whole grades, because the formula and the syllable heuristic are not finer than that.
 */
const LESSON_CEILING = 9;
const COURSE_MEAN_CEILING = 8;

describe('syllablesOf', () => {
  it('counts vowel groups, with the silent-e, -le, -es and -ed rules', () => {
    const expected: Record<string, number> = {
      cat: 1,
      price: 1,
      make: 1,
      makes: 1,
      prices: 2,
      changes: 2,
      moved: 1,
      traded: 2,
      table: 2,
      simple: 2,
      margin: 2,
      leverage: 3,
      exchange: 2,
      equity: 3,
      maintenance: 3,
      liquidation: 4,
      liquidated: 4,
      volatility: 5,
    };
    for (const [word, count] of Object.entries(expected)) expect(syllablesOf(word), word).toBe(count);
  });

  it('spells out abbreviations, adds up hyphenated parts and counts a number once', () => {
    expect(syllablesOf('USDT')).toBe(4);
    expect(syllablesOf('BTC')).toBe(3);
    expect(syllablesOf('stop-loss')).toBe(2);
    expect(syllablesOf('all-time')).toBe(2);
    expect(syllablesOf('54,271.36')).toBe(1);
  });
});

describe('sentences and words', () => {
  it('does not end a sentence at a decimal point, but does at a list item or paragraph end', () => {
    const text = 'The price is 54,271.36 today. Is it low?\nA list item\n\nA paragraph.';
    expect(sentencesOf(text)).toEqual([
      'The price is 54,271.36 today.',
      'Is it low?',
      'A list item',
      'A paragraph.',
    ]);
    expect(wordsOf("The trader's 10× long — at 60,000 USDT.")).toEqual([
      'The',
      "trader's",
      '10',
      'long',
      'at',
      '60,000',
      'USDT',
    ]);
  });

  it('reads only the prose: no code, headings, tables, component props or markdown markers', () => {
    const body = [
      '## A heading',
      '',
      'A **bold** <Term id="leverage">word</Term> and [a link](/learn/x).',
      '',
      '```',
      'code = 1',
      '```',
      '',
      '| a | b |',
      '|---|---|',
      '<Callout kind="tip">',
      '- Item `inline` one',
      '</Callout>',
    ].join('\n');
    expect(wordsOf(readableProse(body))).toEqual(['A', 'bold', 'word', 'and', 'a', 'link', 'Item', 'one']);
  });
});

describe('readingLevel (Flesch–Kincaid grade)', () => {
  it('applies 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
    // 11 one-syllable words in 2 sentences: 0.39 × 5.5 + 11.8 × 1 − 15.59 = −1.645.
    expect(readingLevel('The cat sat on the mat. It was a warm day.').grade).toBeCloseTo(-1.645, 10);
    // 9 words, 18 syllables (4+2+1+3+1+1+1+3+2), 1 sentence: 0.39 × 9 + 11.8 × 2 − 15.59 = 11.52.
    expect(
      readingLevel('Liquidation happens when equity falls to the maintenance margin.').grade,
    ).toBeCloseTo(11.52, 10);
  });
});

describe('lesson reading level', () => {
  const levels = readLessonFiles().map((l) => ({ file: l.fileName, ...readingLevel(readableProse(l.body)) }));

  it(`keeps every lesson at or below US grade ${LESSON_CEILING}`, () => {
    for (const level of levels) {
      expect(level.words, level.file).toBeGreaterThan(500);
      expect(level.grade, level.file).toBeLessThanOrEqual(LESSON_CEILING);
    }
  });

  it(`keeps the course mean at or below US grade ${COURSE_MEAN_CEILING}`, () => {
    const mean = levels.reduce((sum, l) => sum + l.grade, 0) / levels.length;
    expect(mean).toBeLessThanOrEqual(COURSE_MEAN_CEILING);
  });
});
