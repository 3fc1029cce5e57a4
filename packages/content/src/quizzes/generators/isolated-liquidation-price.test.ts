import { ruleSetInfo } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { isolatedLiquidationPrice, RULES } from './isolated-liquidation-price';

describe('isolated-liquidation-price generator', () => {
  it('draws from the catalog’s linear rule sets that need no extra input, Binance USDS-M and Bybit among them', () => {
    expect(RULES).toContain('binance-usdm');
    expect(RULES).toContain('bybit-linear');
  });

  it.each(RULES)('%s: the worked solution names that venue’s own formula', (rules) => {
    for (const side of ['long', 'short']) {
      const params = {
        rules,
        side,
        entryPrice: '60000',
        quantity: '1',
        leverage: '10',
        maintenanceMarginRate: '0.005',
      };
      const answer = isolatedLiquidationPrice.answer(params);
      const steps = isolatedLiquidationPrice.workedSolution(params, answer);
      expect(steps.at(-1)?.label).toContain(`${ruleSetInfo(rules).venue}`);
    }
  });
});
