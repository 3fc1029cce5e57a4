/** A UTF-16 surrogate without its partner. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether PostgreSQL can store the text: its text and jsonb types refuse U+0000, and a lone surrogate
 * has no UTF-8 encoding. Both would otherwise pass validation and fail at the insert (a 500).
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** The refusal message for a text field, named as the form names it. */
export function unstorableTextMessage(field: string): string {
  return `the ${field} contains a character that cannot be stored (a NUL or an unpaired surrogate)`;
}
