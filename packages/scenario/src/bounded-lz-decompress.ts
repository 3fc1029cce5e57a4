/**
 * lz-string's `decompressFromEncodedURIComponent`, re-implemented with an output cap. LZ dictionaries
 * grow one character per code, so a hand-made 200 KB link can expand to hundreds of megabytes; the
 * library offers no limit, and a public endpoint must not allocate that. Same format, bit for bit
 * (checked against lz-string in the tests).
 */
const URI_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...URI_SAFE_ALPHABET].map((char, i) => [char, i]));
const BITS_PER_CHAR = 6;

export class CorruptCompressedText extends Error {
  override readonly name = 'CorruptCompressedText';
}
export class DecompressedTooLarge extends Error {
  override readonly name = 'DecompressedTooLarge';
}

/** Decompresses; throws CorruptCompressedText or DecompressedTooLarge (more than `maxLength` characters). */
export function boundedDecompressFromEncodedURIComponent(input: string, maxLength: number): string {
  // A "+" that went through a form encoding arrives as a space, as lz-string itself allows.
  const text = input.replace(/ /g, '+');
  let index = 0;
  let value = 0;
  let mask = 0;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 0; power < count; power++) {
      if (mask === 0) {
        const next = index < text.length ? VALUE_OF.get(text[index]!) : undefined;
        if (next === undefined)
          throw new CorruptCompressedText('The text ends early or holds a foreign character.');
        value = next;
        index++;
        mask = 1 << (BITS_PER_CHAR - 1);
      }
      if (value & mask) bits |= 1 << power;
      mask >>= 1;
    }
    return bits;
  };

  const dictionary: string[] = [];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  const literal = (kind: number): string | null =>
    kind === 0 ? String.fromCharCode(readBits(8)) : kind === 1 ? String.fromCharCode(readBits(16)) : null;

  const first = literal(readBits(2));
  if (first === null) return '';
  dictionary[3] = first;
  let w = first;
  const result = [first];
  let length = first.length;
  for (;;) {
    let code = readBits(numBits);
    if (code === 2) return result.join('');
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = literal(code)!;
      code = dictSize - 1;
      if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
    }
    let entry: string;
    if (code >= 3 && code < dictSize) entry = dictionary[code]!;
    else if (code === dictSize) entry = w + w.charAt(0);
    else throw new CorruptCompressedText('The text refers to a dictionary entry that does not exist.');
    length += entry.length;
    if (length > maxLength)
      throw new DecompressedTooLarge(`The text expands beyond ${maxLength} characters.`);
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    w = entry;
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
}
