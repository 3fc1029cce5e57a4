import { describe, expect, it } from 'vitest';
import { liquidationFeeRule, venueLiquidationFeeRate } from './liquidation-fee-rules';
import { partialLiquidationRule } from './partial-liquidation-rules';
import { ALL_RULES } from './rule-set-catalog';

describe('venue liquidation rules (fee and partial liquidation)', () => {
  it.each(ALL_RULES)('%s: both rules are cited, and an unconfirmed one says so', (rules) => {
    for (const rule of [liquidationFeeRule(rules), partialLiquidationRule(rules)]) {
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const source of rule.sources) expect(source.url).toMatch(/^https:\/\//);
      expect(rule.summary.length).toBeGreaterThan(20);
    }
    const fee = liquidationFeeRule(rules);
    expect(fee.summary.includes('unconfirmed')).toBe(fee.basis === 'unconfirmed');
    const partial = partialLiquidationRule(rules);
    expect(partial.summary.includes('unconfirmed')).toBe(partial.method.kind === 'unconfirmed');
  });

  it('the rate: the taker rate for OKX and Gate, none for Bybit and Hyperliquid, unknown for Binance', () => {
    expect(venueLiquidationFeeRate('okx-linear', '0.0005')?.toString()).toBe('0.0005');
    expect(venueLiquidationFeeRate('gate-linear', '0.00075')?.toString()).toBe('0.00075');
    expect(venueLiquidationFeeRate('bybit-linear', '0.00055')?.toString()).toBe('0');
    expect(venueLiquidationFeeRate('hyperliquid')?.toString()).toBe('0');
    expect(venueLiquidationFeeRate('binance-usdm', '0.0005')).toBeNull();
  });

  it('a venue charging its taker rate needs that rate, and says which field is missing', () => {
    expect(() => venueLiquidationFeeRate('okx-linear')).toThrow(/takerFeeRate/);
    expect(() => liquidationFeeRule('ftx')).toThrow(/rules must be one of/);
  });
});
