/**
 * A short, safe rendering of a caller's value for an error message. JSON.stringify alone throws on a
 * BigInt or a cyclic object, which would turn a refusal into a TypeError, and echoes huge strings whole.
 */
export function describeInput(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
