import { DEFAULT_SCENARIO } from '@liqlab/scenario/default-scenario';
import { describe, expect, it } from 'vitest';
import { withMarginMode, withRules, withSizeUnit } from './position-edits';

const base = DEFAULT_SCENARIO.position;

describe('position edits', () => {
  it('converts a size in coin to quote and back exactly', () => {
    const quote = withSizeUnit({ ...base, size: { unit: 'quantity', quantity: '0.123' } }, 'quote');
    expect(quote.size).toEqual({ unit: 'quote', notional: '7380' });
    expect(withSizeUnit(quote, 'quantity').size).toEqual({ unit: 'quantity', quantity: '0.123' });
  });

  it('rounds a quote size down to whole contracts for inverse rules', () => {
    const inverse = withRules(base, 'bybit-inverse');
    expect(inverse.contractSize).toBe('100');
    const quote = withSizeUnit({ ...inverse, size: { unit: 'quote', notional: '1050' } }, 'quantity');
    expect(quote.size).toEqual({ unit: 'quantity', quantity: '10' });
  });

  it('keeps a half-typed value as it is', () => {
    expect(withSizeUnit({ ...base, size: { unit: 'quantity', quantity: '1.' } }, 'quote').size).toEqual({
      unit: 'quote',
      notional: '1.',
    });
  });

  it('falls back to isolated margin on exchanges whose formula is isolated-only', () => {
    const cross = withMarginMode(base, 'cross');
    expect(cross.walletBalance).toBe('10000');
    const okx = withRules(cross, 'okx-linear');
    expect(okx.marginMode).toBe('isolated');
    expect(okx.walletBalance).toBeUndefined();
  });

  it('derives Hyperliquid maintenance from the maximum leverage', () => {
    const hl = withRules(base, 'hyperliquid');
    expect(hl.maintenance).toEqual({ kind: 'max-leverage' });
    expect(hl.maxLeverage).toBe('40');
    expect(withRules(hl, 'binance-usdm').maintenance.kind).toBe('fixed');
  });
});
