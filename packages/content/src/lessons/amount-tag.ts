/**
 * How a lesson writes a money amount that follows the reader's decimal places: `<Amount value="6000" />`.
 * In prose, MDX makes the tag a component. Inside a fenced code block (a worked example) MDX leaves it
 * as text, so the lesson's `code` component splits the block with `splitAmountTags` and prints each
 * amount as the prose does. prose-numbers.ts reads the same tag, so lesson-figures.test.ts checks a
 * worked example's amounts like the prose's.
 */
export const AMOUNT_TAG = /<Amount value="(-?\d+(?:\.\d+)?)" \/>/g;

/** A run of a code block's text, or one amount (its exact value) written with the tag. */
export type AmountTagSegment = { text: string } | { amount: string };

/**
 * The text with each `<Amount value="…" />` split out. A tag that is not written exactly so (another
 * prop, a value that is not a plain decimal) would reach the reader as raw markup, so it is an error.
 */
export function splitAmountTags(text: string): AmountTagSegment[] {
  const segments: AmountTagSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(AMOUNT_TAG)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ amount: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  const stray = segments.find((s) => 'text' in s && s.text.includes('<Amount'));
  if (stray && 'text' in stray) {
    throw new Error(
      `malformed amount in a code block: "${stray.text.trim()}" (write <Amount value="6000" />, the value a plain decimal)`,
    );
  }
  return segments;
}
