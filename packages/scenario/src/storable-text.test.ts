import { describe, expect, it } from 'vitest';
import { isStorableText } from './storable-text';

describe('isStorableText', () => {
  it('accepts well-formed text in any script, emoji (surrogate pairs) included', () => {
    for (const text of ['', 'plain', 'Long 🙂 ロング', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'tab\tand\nnewline', '\u00ff\u2028']) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses NUL and lone surrogates wherever they are', () => {
    for (const text of ['\u0000', 'a\u0000b', '\ud83d', 'x\ud83dy', '\ude00', 'a\ude00', '\ude00\ud83d']) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
    }
  });
});
