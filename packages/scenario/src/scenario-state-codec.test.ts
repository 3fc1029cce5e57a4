import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  boundedDecompressFromEncodedURIComponent,
  CorruptCompressedText,
  DecompressedTooLarge,
} from './bounded-lz-decompress';
import { scenarioInputSchema } from './scenario-schema';
import {
  decodeScenarioState,
  encodeScenarioState,
  MAX_ENCODED_STATE_LENGTH,
  ScenarioStateError,
} from './scenario-state-codec';
import { ticks, validScenario } from './testing/scenario-test-fixtures';

/**
 * A hand-made LZ stream: the literal "a", then `codes` codes that each name the next dictionary entry,
 * which is one "a" longer than the last — 1 + 2 + … characters from a few bits each.
 */
function lzBomb(codes: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  write(0, 2);
  write(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k++) {
    write(dictSize++, numBits);
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
  write(2, numBits);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let j = 0; j < 6; j++) value |= (bits[i + j] ?? 0) << (5 - j);
    out += alphabet[value];
  }
  return out;
}

function refusal(text: unknown): ScenarioStateError {
  try {
    decodeScenarioState(text);
  } catch (error) {
    if (error instanceof ScenarioStateError) return error;
    throw error;
  }
  throw new Error('expected the state to be refused');
}

describe('scenario state codec', () => {
  it('round-trips a scenario, markup in the title included', () => {
    const input = scenarioInputSchema.parse(
      validScenario({ title: '<img src=x onerror=alert(1)> "quoted" & ünïcödé 🚀' }),
    );
    const text = encodeScenarioState(input);
    expect(text.startsWith('v1.')).toBe(true);
    expect(text).toMatch(/^v1\.[A-Za-z0-9+\-$]+$/);
    expect(decodeScenarioState(text)).toEqual(input);
  });

  it('round-trips an uploaded tick path', () => {
    const input = scenarioInputSchema.parse(validScenario({ path: { kind: 'ticks', ticks: ticks(2000) } }));
    expect(decodeScenarioState(encodeScenarioState(input))).toEqual(input);
  });

  it('fills defaults when decoding a draft', () => {
    const draft = validScenario();
    delete draft.notes;
    expect(decodeScenarioState(encodeScenarioState(draft)).notes).toBe('');
  });

  it('survives a "+" turned into a space by form encoding', () => {
    const input = scenarioInputSchema.parse(validScenario());
    const text = encodeScenarioState(input);
    expect(decodeScenarioState(text.replace(/\+/g, ' '))).toEqual(input);
  });

  it.each([
    ['empty', ''],
    ['not a string', 42],
    ['no prefix', compressToEncodedURIComponent('{}')],
    ['garbage', 'v1.%%%%'],
    ['bare prefix', 'v1.'],
    ['not JSON', `v1.${compressToEncodedURIComponent('not json')}`],
    ['JSON but not a scenario', `v1.${compressToEncodedURIComponent('{"title":"x"}')}`],
    ['a JSON array', `v1.${compressToEncodedURIComponent('[1,2,3]')}`],
  ])('refuses a state that is %s with a message for the learner', (_, text) => {
    expect(refusal(text).message).toMatch(/^This scenario link /);
  });

  it('refuses a truncated or bit-flipped state', () => {
    const text = encodeScenarioState(validScenario());
    expect(refusal(text.slice(0, text.length / 2)).message).toMatch(/damaged or incomplete/);
    for (const i of [5, 20, 60, text.length - 3]) {
      const flipped = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
      let outcome: unknown;
      try {
        outcome = decodeScenarioState(flipped);
      } catch (error) {
        outcome = error;
      }
      // Either still a valid scenario (the flip hit a harmless bit) or a typed refusal.
      if (outcome instanceof Error) expect(outcome).toBeInstanceOf(ScenarioStateError);
      else expect(scenarioInputSchema.safeParse(outcome).success).toBe(true);
    }
  });

  it('names a different format version', () => {
    const text = encodeScenarioState(validScenario()).replace(/^v1\./, 'v2.');
    const error = refusal(text);
    expect(error.message).toContain('v2');
  });

  it('refuses an invalid scenario inside a well-formed state', () => {
    const bad = { ...validScenario(), position: { ...validScenario().position, leverage: 'NaN' } };
    const error = refusal(`v1.${compressToEncodedURIComponent(JSON.stringify(bad))}`);
    expect(error.message).toContain('position.leverage');
  });

  it('refuses a state over 200 KB unread', () => {
    const error = refusal(`v1.${'A'.repeat(MAX_ENCODED_STATE_LENGTH)}`);
    expect(error.message).toMatch(/too long/);
  });

  it('refuses a decompression bomb without expanding it', () => {
    expect(decompressFromEncodedURIComponent(lzBomb(100))).toBe('a'.repeat((101 * 102) / 2));
    // ~25 KB that lz-string would expand to 50 million characters.
    const bomb = lzBomb(10_000);
    expect(bomb.length).toBeLessThan(MAX_ENCODED_STATE_LENGTH);
    expect(refusal(`v1.${bomb}`).message).toMatch(/damaged or incomplete/);
  });
});

describe('bounded lz decompression', () => {
  it('decodes exactly what lz-string decodes', () => {
    const samples = [
      'a',
      'hello hello hello',
      JSON.stringify(validScenario()),
      JSON.stringify(ticks(500)),
      'ünïcödé 🚀 \u0000 \uffff',
      Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join(''),
    ];
    for (const sample of samples) {
      const compressed = compressToEncodedURIComponent(sample);
      expect(boundedDecompressFromEncodedURIComponent(compressed, 10_000_000)).toBe(
        decompressFromEncodedURIComponent(compressed),
      );
    }
  });

  it('throws typed errors for foreign characters, truncation and oversize output', () => {
    const compressed = compressToEncodedURIComponent('hello hello hello hello');
    expect(() => boundedDecompressFromEncodedURIComponent('!!!', 100)).toThrow(CorruptCompressedText);
    expect(() => boundedDecompressFromEncodedURIComponent(compressed.slice(0, 3), 100)).toThrow(
      CorruptCompressedText,
    );
    expect(() => boundedDecompressFromEncodedURIComponent(compressed, 10)).toThrow(DecompressedTooLarge);
  });
});
