import { proseMask } from './lesson-prose';

/**
 * US school grade level of a lesson's prose, by the Flesch–Kincaid grade formula:
 *
 *   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 *
 * Source: J. P. Kincaid, R. P. Fishburne, R. L. Rogers, B. S. Chissom, "Derivation of new
 * readability formulas (Automated Readability Index, Fog Count and Flesch Reading Ease Formula) for
 * Navy enlisted personnel", Research Branch Report 8-75, Naval Technical Training Command, 1975.
 *
 * What is measured: the prose a learner reads — paragraphs, list items, callout texts and link
 * texts. Not measured: frontmatter, headings, code (formulas), tables and widget props; they are
 * labels and figures, not sentences, and would skew both averages.
 */
export interface ReadingLevel {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade, unrounded. */
  grade: number;
}

/** The lesson's readable prose as plain text: MDX, code, tables and markdown markers removed. */
export function readableProse(body: string): string {
  return proseMask(body, { linkText: true, tables: false })
    .replace(/\*\*|__|(?<!\w)[*_]|[*_](?!\w)/g, '')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '');
}

/**
 * Sentences end at ".", "!" or "?" followed by a space or line end (so the point in "54,271.36"
 * does not end one), and at the end of a paragraph or list item, which often has no full stop.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*\S)|(?<=[.!?][”"’)]?)\s+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words are runs of letters and digits, joined by hyphens, apostrophes, commas or points inside a number. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Syllables by a vowel-group heuristic (no dictionary), good to about one syllable in ten words of
 * ordinary English, which is what a grade estimate needs:
 * - a word with no letters (a number) counts one — figures are read at a glance in these lessons;
 * - an abbreviation in capitals (USDT, BTC, ATR) is spelled out: one syllable per letter;
 * - a hyphenated word is the sum of its parts;
 * - otherwise: lower-case, drop a silent final "e" (but not "-le" after a consonant: "table"), drop
 *   an "-es"/"-ed" ending that adds no vowel sound ("makes", "moved"; not "prices", "traded"), then
 *   count groups of consecutive vowels (a, e, i, o, u, y); at least one.
 */
export function syllablesOf(word: string): number {
  if (!/\p{L}/u.test(word)) return 1;
  if (word.includes('-')) return word.split('-').reduce((sum, part) => sum + syllablesOf(part), 0);
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase()) return letters.length;
  let w = letters.toLowerCase();
  if (w.length <= 3) return 1;
  if (!/[^aeiouy]le$/.test(w)) w = w.replace(/(?<=[^aeiouy])e$/, '');
  w = w.replace(/(?<![szxcg]|[cs]h)es$/, 's').replace(/(?<![td])ed$/, 'd');
  return Math.max(1, w.match(/[aeiouy]+/g)?.length ?? 0);
}

export function readingLevel(text: string): ReadingLevel {
  const sentences = sentencesOf(text).length;
  const words = wordsOf(text);
  const syllables = words.reduce((sum, w) => sum + syllablesOf(w), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return { words: words.length, sentences, syllables, grade };
}
