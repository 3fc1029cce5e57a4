import { formatDecimal, liquidationPrice, targetPrice } from '@liqlab/core';
import { CURRENCY_DIGIT_CHOICES } from '@liqlab/core/display-precision';
import { markedParts, readerText } from '@liqlab/core/figure-marks';
import { describe, expect, it } from 'vitest';
import { long10x } from '../checks/check-positions';
import { glossary, glossaryTerm } from './terms';

/** A result to the cent typed as text: a grouped number with decimals ("54,271.36"). */
const TYPED_RESULT = /\d{1,3}(,\d{3})+\.\d+/;

describe('glossary figures', () => {
  it('prints the running example’s liquidation price as the engine computes it, at every choice of places', () => {
    const price = liquidationPrice(long10x());
    expect(price).not.toBeNull();
    const text = glossaryTerm('liquidation-price')!.long;
    for (const digits of CURRENCY_DIGIT_CHOICES)
      expect(readerText(text, digits), `${digits} places`).toContain(
        `Binance’s formula gives ${formatDecimal(price!, { digits })}.`,
      );
  });

  it('prints the running example’s break-even price after fees as the engine computes it, in both entries that quote it', () => {
    const price = targetPrice(long10x({ takerFeeRate: '0.0005' }), 0, { includeFees: true });
    expect(price).not.toBeNull();
    for (const id of ['trading-fee', 'break-even-price'])
      for (const digits of CURRENCY_DIGIT_CHOICES)
        expect(readerText(glossaryTerm(id)!.long, digits), `${id}, ${digits} places`).toContain(
          `breaks even ${id === 'break-even-price' ? 'only ' : ''}at ${formatDecimal(price!, { digits })}`,
        );
  });

  it('types no computed amount: each is the engine’s, marked for the reader’s places', () => {
    for (const term of glossary)
      for (const text of [term.short, term.long]) {
        const written = markedParts(text).filter((part) => typeof part === 'string');
        expect(written.join(' '), term.id).not.toMatch(TYPED_RESULT);
      }
  });
});
