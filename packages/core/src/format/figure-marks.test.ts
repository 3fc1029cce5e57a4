import { describe, expect, it } from 'vitest';
import { CURRENCY_DIGIT_CHOICES } from './display-precision';
import { figureTextAt, markedParts, markFigure, readerText } from './figure-marks';
import { formatDecimal, markedMoney } from './format-decimal';

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
