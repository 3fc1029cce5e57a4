import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { amountDigits, formatAsGiven, formatDecimal, formatPercent, priceDigits } from './format-decimal';

describe('formatDecimal', () => {
  it('groups thousands and rounds half up only for display', () => {
    expect(formatDecimal('64000.125')).toBe('64,000.13');
    expect(formatDecimal('1234567.891', { digits: 1, unit: 'USDT' })).toBe('1,234,567.9\u2009USDT');
  });
  it('uses a true minus sign and never shows −0.00', () => {
    expect(formatDecimal('-12.5')).toBe('−12.50');
    expect(formatDecimal('-0.001')).toBe('0.00');
    expect(formatDecimal('3', { signed: true })).toBe('+3.00');
  });
  it('trims trailing zeros when asked', () => {
    expect(formatDecimal('0.50000', { digits: 8, trim: true })).toBe('0.5');
    expect(formatDecimal('10', { digits: 8, trim: true })).toBe('10');
  });
  it('shows a dash for missing figures (no liquidation price)', () => {
    expect(formatDecimal(null)).toBe('—');
  });
  it('formats ratios as percentages', () => {
    expect(formatPercent('0.8')).toBe('80.00%');
  });
  it('picks price digits by magnitude', () => {
    expect(priceDigits('64000')).toBe(2);
    expect(priceDigits('1.2345')).toBe(4);
    expect(priceDigits('0.00001234')).toBe(9);
  });
  it('rounds half up, away from zero, at every digit count (the rounding the quizzes name too)', () => {
    expect(formatDecimal('0.125')).toBe('0.13');
    expect(formatDecimal('0.135')).toBe('0.14');
    expect(formatDecimal('-0.125')).toBe('−0.13');
    expect(formatDecimal('2.5', { digits: 0 })).toBe('3');
    expect(formatDecimal('-2.5', { digits: 0 })).toBe('−3');
    expect(formatDecimal('0.124999999999999999999', { digits: 2 })).toBe('0.12');
  });
  it('groups every thousand of very large figures and keeps the digits of very small ones', () => {
    expect(formatDecimal('123456789012345678901234.5', { digits: 1 })).toBe(
      '123,456,789,012,345,678,901,234.5',
    );
    expect(formatDecimal('-1000000')).toBe('−1,000,000.00');
    expect(formatDecimal('999.995')).toBe('1,000.00');
    expect(formatDecimal('0.000000012345', { digits: 12 })).toBe('0.000000012345');
    expect(formatDecimal('1e-10', { digits: 12 })).toBe('0.000000000100');
  });
  it('takes Decimals, decimal strings and numbers alike, exactly as given', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; in Decimal it is 0.3, and that is what shows.
    expect(formatDecimal(new Decimal('0.1').plus('0.2'), { digits: 17 })).toBe('0.30000000000000000');
    expect(formatDecimal('64000.5', { digits: 1 })).toBe(
      formatDecimal(new Decimal('64000.5'), { digits: 1 }),
    );
    expect(formatDecimal(1234.5, { digits: 1 })).toBe('1,234.5');
  });
});

describe('formatDecimal with a display precision', () => {
  it('uses the reader’s currency digits when the caller gives none', () => {
    expect(formatDecimal('1234.56789', { unit: 'USDT', precision: { currencyDigits: 4 } })).toBe(
      '1,234.5679\u2009USDT',
    );
    expect(formatDecimal('1234.56789', { precision: { currencyDigits: 0 } })).toBe('1,235');
  });
  it('lets explicit digits win over the preference', () => {
    expect(formatDecimal('0.123456789', { digits: 8, precision: { currencyDigits: 2 } })).toBe('0.12345679');
  });
});

describe('digits under the reader’s setting', () => {
  const places = (currencyDigits: number) => ({ currencyDigits });
  it('gives 1,000+ prices exactly the chosen places', () => {
    expect(priceDigits('64000', places(0))).toBe(0);
    expect(priceDigits('64000', places(6))).toBe(6);
    expect(formatDecimal('64000.456', { digits: priceDigits('64000.456', places(0)) })).toBe('64,000');
  });
  it('keeps the places a small price needs, and gives more when asked', () => {
    expect(priceDigits('1.2345', places(0))).toBe(4);
    expect(priceDigits('0.00001234', places(2))).toBe(9);
    expect(priceDigits('1.2345', places(6))).toBe(6);
  });
  it('counts USDT amounts in the chosen places and BTC amounts in satoshis', () => {
    expect(amountDigits('USDT', places(0))).toBe(0);
    expect(amountDigits('USDT', places(4))).toBe(4);
    expect(amountDigits(undefined, places(6))).toBe(6);
    expect(amountDigits('BTC', places(0))).toBe(8);
    expect(amountDigits('USDT')).toBe(2);
  });
});

describe('formatAsGiven', () => {
  it('groups a drawn parameter without rounding or padding it', () => {
    expect(formatAsGiven('58350.5')).toBe('58,350.5');
    expect(formatAsGiven('0.0044')).toBe('0.0044');
    expect(formatAsGiven('-1234')).toBe('−1,234');
    expect(formatAsGiven('60000.00')).toBe('60,000.00');
  });
  it('leaves words as they are', () => {
    expect(formatAsGiven('long')).toBe('long');
    expect(formatAsGiven('binance-linear')).toBe('binance-linear');
  });
});
