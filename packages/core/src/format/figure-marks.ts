import { CURRENCY_DIGIT_CHOICES, DEFAULT_CURRENCY_DIGITS } from './display-precision';

/**
 * Text built on the server for a reader whose decimal places the server cannot know (they are kept on
 * the reader's device): a lesson diagram's labels, an inline check's explanation. A money figure
 * travels inside such a string as a mark holding its text at every CURRENCY_DIGIT_CHOICES entry,
 * between Unicode private-use characters that no written text contains; the reader's screen keeps the
 * text for its own places. No imports but the choices (a subpath export of its own), so a page that
 * only resolves marks loads no decimal.js.
 */
const OPEN = '\uE000';
const NEXT = '\uE001';
const CLOSE = '\uE002';
const MARK = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');

/** A figure's text at each choice of places, as one mark to place in a string. */
export function markFigure(textAt: (digits: number) => string): string {
  return `${OPEN}${CURRENCY_DIGIT_CHOICES.map(textAt).join(NEXT)}${CLOSE}`;
}

/** A marked figure's text at `digits` places (the default's for a choice it does not hold). */
export function figureTextAt(texts: readonly string[], digits: number): string {
  const at = (CURRENCY_DIGIT_CHOICES as readonly number[]).indexOf(digits);
  return texts[at] ?? texts[CURRENCY_DIGIT_CHOICES.indexOf(DEFAULT_CURRENCY_DIGITS)] ?? '';
}

/** A string's written parts and its marked figures, in order. */
export type MarkedPart = string | { figure: readonly string[] };

export function markedParts(text: string): MarkedPart[] {
  if (!text.includes(OPEN)) return [text];
  const parts: MarkedPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ figure: match[1]!.split(NEXT) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The string as a reader with `digits` places reads it. */
export function readerText(text: string, digits: number): string {
  return markedParts(text)
    .map((part) => (typeof part === 'string' ? part : figureTextAt(part.figure, digits)))
    .join('');
}
