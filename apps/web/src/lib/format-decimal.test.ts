import { describe, expect, it } from 'vitest';
import { formatDecimal, formatPercent, priceDigits } from './format-decimal';

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
    expect(formatPercent('0.8')).toBe('80.00\u2009%');
  });
  it('picks price digits by magnitude', () => {
    expect(priceDigits('64000')).toBe(2);
    expect(priceDigits('1.2345')).toBe(4);
    expect(priceDigits('0.00001234')).toBe(9);
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
