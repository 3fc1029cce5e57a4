/**
 * The numbers a reader sees in a lesson body, for checking prose against the engine. JSX tags are
 * removed (their props are a component's inputs, not printed text) and so are link targets; fenced
 * code stays, because worked examples print their figures there.
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
}

const NUMBER = /(?<![\w.,\d])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w])/g;
const RESULT_MARK = /(?:=|≈|\babout|\bsome|\broughly|\bat most)\s*\**\s*$/;
const OPERATOR_NEXT = /^%?\s*[×÷+−*/(]\s*[\d(A-Za-z]/;
const PRICE_TO_THE_CENT = /^\d{1,3}(?:,\d{3})+\.\d{2}$/;

/** A line as the reader sees it: JSX tags and link targets gone, text kept. */
function visible(line: string): string {
  return line.replace(/<\/?[A-Z][^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');
}

export function proseNumbers(body: string): ProseNumber[] {
  const numbers: ProseNumber[] = [];
  body.split('\n').forEach((raw, index) => {
    const line = visible(raw);
    for (const match of line.matchAll(NUMBER)) {
      const text = match[0];
      const before = line.slice(0, match.index);
      const after = line.slice(match.index + text.length);
      numbers.push({
        text,
        line: index + 1,
        derived: (RESULT_MARK.test(before) && !OPERATOR_NEXT.test(after)) || PRICE_TO_THE_CENT.test(text),
        context: raw.trim(),
      });
    }
  });
  return numbers;
}

/** A printed number as a plain decimal string ("54,271.36" → "54271.36"). */
export function plainNumber(text: string): string {
  return text.replaceAll(',', '');
}
