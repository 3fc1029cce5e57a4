import { describe, expect, it } from 'vitest';
import { answerSchema, decimalAnswerSchema } from './answer-schema';

describe('decimalAnswerSchema', () => {
  it.each(['1', '-1', '+2.5', '0.000001', '.5', '5.', ' 42 ', '123456789012345678901234567890'])(
    'accepts %j',
    (v) => {
      expect(decimalAnswerSchema.safeParse(v).success).toBe(true);
    },
  );

  it.each([
    'NaN',
    'Infinity',
    '-Infinity',
    '1e5',
    '0x10',
    '1,000',
    '12 USDT',
    '',
    '--1',
    '1.2.3',
    '٣',
    'x'.repeat(61),
  ])('refuses %j', (v) => {
    expect(decimalAnswerSchema.safeParse(v).success).toBe(false);
  });

  it('refuses a number or a huge string', () => {
    expect(decimalAnswerSchema.safeParse(12).success).toBe(false);
    expect(decimalAnswerSchema.safeParse('1'.repeat(100_000)).success).toBe(false);
  });
});

describe('answerSchema', () => {
  it('refuses unknown kinds and extra fields', () => {
    expect(answerSchema.safeParse({ kind: 'essay', text: 'hi' }).success).toBe(false);
    expect(answerSchema.safeParse({ kind: 'single', optionId: 'a', correct: true }).success).toBe(false);
  });

  it('refuses a multiple answer naming an option twice', () => {
    expect(answerSchema.safeParse({ kind: 'multiple', optionIds: ['a', 'a'] }).success).toBe(false);
  });
});
