import { describe, expect, it } from 'vitest';
import { CURRENCY_DIGIT_CHOICES } from './display-precision';
import { figureTextAt, markedParts, markFigure, readerText } from './figure-marks';
import { formatDecimal, markedGiven, markedMoney } from './format-decimal';

describe('figure marks', () => {
  it('carry a money figure at every choice of places, and a reader reads it at theirs', () => {
    const text = `Equity = 6,000 − 3,500 = ${markedMoney('2500.125')} USDT.`;
    for (const digits of CURRENCY_DIGIT_CHOICES) {
      expect(readerText(text, digits)).toBe(
        `Equity = 6,000 − 3,500 = ${formatDecimal('2500.125', { precision: { currencyDigits: digits } })} USDT.`,
      );
    }
    expect(readerText(text, 0)).toBe('Equity = 6,000 − 3,500 = 2,500 USDT.');
  });

  it('split a string into its words and its figures, in order', () => {
    const parts = markedParts(`from ${markFigure(String)} to ${markFigure((d) => `x${d}`)}!`);
    expect(parts).toEqual([
      'from ',
      { figure: CURRENCY_DIGIT_CHOICES.map(String) },
      ' to ',
      { figure: CURRENCY_DIGIT_CHOICES.map((d) => `x${d}`) },
      '!',
    ]);
    expect(markedParts('no figure')).toEqual(['no figure']);
  });

  it('fall back to the default places for a choice they do not hold', () => {
    expect(figureTextAt(['0', '2', '4', '6'], 3)).toBe('2');
  });
});

describe('a given amount', () => {
  it('reads at the reader’s places, never at fewer than it is written with', () => {
    const text = `Entry ${markedGiven('58350.5')} USDT, margin ${markedGiven('6000')} USDT.`;
    expect(readerText(text, 0)).toBe('Entry 58,350.5 USDT, margin 6,000 USDT.');
    expect(readerText(text, 2)).toBe('Entry 58,350.50 USDT, margin 6,000.00 USDT.');
    expect(readerText(text, 4)).toBe('Entry 58,350.5000 USDT, margin 6,000.0000 USDT.');
    expect(readerText(markedGiven('-1234.567'), 2)).toBe('−1,234.567');
  });

  it('is a plain decimal', () => {
    expect(() => markedGiven('60,000')).toThrow(/plain decimal/);
  });
});
