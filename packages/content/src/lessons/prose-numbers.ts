import { Decimal, formatDecimal } from '@liqlab/core';
import { DEFAULT_CURRENCY_DIGITS } from '@liqlab/core/display-precision';
import { AMOUNT_TAG } from './amount-tag';

/**
 * The numbers a reader sees in a lesson body, for checking prose against the engine. JSX tags are
 * removed (their props are a component's inputs, not printed text) and so are link targets; fenced
 * code stays, because worked examples print their figures there. An `<Amount value="…" />` prints its
 * value, so it reads as the exact value written (the reader's screen rounds it to their places).
 */
export interface ProseNumber {
  /** As printed, e.g. "54,271.36" or "0.5". */
  text: string;
  /** 1-based line in the body. */
  line: number;
  /**
   * True when the number is a result: it ends an expression after "=", "≈", "about", "some", "roughly"
   * or "at most" (not an operand such as the 0.005 in "= 0.005 × P"), or it is a price to the cent
   * (1,234.56).
   */
  derived: boolean;
  /** The line, trimmed, for reports. */
  context: string;
  /** The exact decimal string of an `<Amount>`, which follows the reader's decimal places. */
  amount?: string;
}

const NUMBER = /(?<![\w.,\d])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w])/g;
const RESULT_MARK = /(?:=|≈|\babout|\bsome|\broughly|\bat most)\s*\**\s*$/;
const OPERATOR_NEXT = /^%?\s*[×÷+−*/(]\s*[\d(A-Za-z]/;
const PRICE_TO_THE_CENT = /^\d{1,3}(?:,\d{3})+\.\d{2}$/;

/**
 * The body with each `<Amount>` as a reader with the default decimal places reads it (6,000.00), for
 * checks that quote a sentence as printed.
 */
export function amountsAsPrinted(body: string): string {
  return amountsAt(body, DEFAULT_CURRENCY_DIGITS);
}

/** The text with each `<Amount>` as a reader who chose `digits` places reads it. */
export function amountsAt(text: string, digits: number): string {
  return text.replace(AMOUNT_TAG, (_, value: string) => formatDecimal(new Decimal(value), { digits }));
}

/** "1234567.5" → "1,234,567.5": every place written, grouped as the lessons print numbers. */
function grouped(value: string): string {
  const [whole = '', fraction] = value.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

interface VisibleLine {
  text: string;
  /** Where each `<Amount>` printed its value in `text`, and the exact value. */
  amounts: { start: number; end: number; value: string }[];
}

/** A line as the reader sees it: JSX tags and link targets gone, text kept, each `<Amount>` its value. */
function visible(line: string): VisibleLine {
  const stripped = line.replace(/<\/?(?!Amount\b)[A-Z][^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');
  let text = '';
  let last = 0;
  const amounts: VisibleLine['amounts'] = [];
  for (const match of stripped.matchAll(AMOUNT_TAG)) {
    text += stripped.slice(last, match.index);
    const value = match[1]!;
    amounts.push({ start: text.length, end: text.length + grouped(value).length, value });
    text += grouped(value);
    last = match.index + match[0].length;
  }
  return { text: text + stripped.slice(last), amounts };
}

function amountAt(amounts: VisibleLine['amounts'], at: number): { amount?: string } {
  const amount = amounts.find((a) => at >= a.start && at < a.end);
  return amount ? { amount: amount.value } : {};
}

export function proseNumbers(body: string): ProseNumber[] {
  const numbers: ProseNumber[] = [];
  body.split('\n').forEach((raw, index) => {
    const { text: line, amounts } = visible(raw);
    for (const match of line.matchAll(NUMBER)) {
      const text = match[0];
      const before = line.slice(0, match.index);
      const after = line.slice(match.index + text.length);
      numbers.push({
        text,
        line: index + 1,
        derived: (RESULT_MARK.test(before) && !OPERATOR_NEXT.test(after)) || PRICE_TO_THE_CENT.test(text),
        context: raw.trim(),
        ...amountAt(amounts, match.index),
      });
    }
  });
  return numbers;
}

/** A printed number as a plain decimal string ("54,271.36" → "54271.36"). */
export function plainNumber(text: string): string {
  return text.replaceAll(',', '');
}
