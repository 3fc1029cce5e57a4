import { describe, expect, it } from 'vitest';
import { isLiquidationError } from '../../errors';
import type { PositionSpec } from '../../types';
import { liquidationPrice } from '../liquidation-price';
import { ruleSetFor } from './rule-registry';
import {
  ALL_RULES,
  isInverse,
  quantityForQuoteValue,
  quoteValueOf,
  RULE_SET_CATALOG,
  type Rules,
  requiresInput,
  ruleSetInfo,
} from './rule-set-catalog';

/** A position every rule set can price, with every optional input given. */
function fullSpec(rules: Rules): PositionSpec {
  const inverse = isInverse(rules);
  return {
    rules,
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '60000',
    quantity: inverse ? '100' : '1',
    leverage: '10',
    maintenanceMarginRate: '0.005',
    takerFeeRate: '0.0005',
    ...(inverse ? { contractSize: '100' } : {}),
  };
}

function errorOf(run: () => unknown): { code: string; field: string | undefined } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (isLiquidationError(error)) return { code: error.code, field: error.field };
    throw error;
  }
}

describe('rule-set catalog', () => {
  it('lists each rule set once, and the engine has a formula for every one', () => {
    expect(new Set(ALL_RULES).size).toBe(RULE_SET_CATALOG.length);
    for (const rules of ALL_RULES) expect(ruleSetFor(rules).rules).toBe(rules);
  });

  describe.each(ALL_RULES)('%s: what the catalog states is what the engine does', (rules) => {
    const info = ruleSetInfo(rules);

    it('prices the full position', () => {
      expect(errorOf(() => liquidationPrice(fullSpec(rules)))).toBeNull();
    });

    it(`${info.supportsCross ? 'prices' : 'refuses'} cross margin`, () => {
      const { maintenanceMarginRate: _m, ...spec } = fullSpec(rules);
      const cross = {
        ...spec,
        maintenanceMarginRate: '0.005',
        marginMode: 'cross' as const,
        walletBalance: '10000',
      };
      const error = errorOf(() => liquidationPrice(cross));
      if (info.supportsCross) expect(error).toBeNull();
      else expect(error?.code).toBe('NOT_SUPPORTED');
    });

    it(`is ${info.contract}`, () => {
      expect(ruleSetFor(rules).inverse).toBe(info.contract === 'inverse');
    });

    it.each(['contractSize', 'takerFeeRate'] as const)(
      'needs %s exactly when the catalog says so',
      (input) => {
        const { [input]: _dropped, ...spec } = fullSpec(rules);
        const error = errorOf(() => liquidationPrice(spec as PositionSpec));
        if (requiresInput(rules, input)) expect(error?.field).toBe(input);
        else expect(error).toBeNull();
      },
    );

    it(`${info.maintenanceFromMaxLeverage ? 'derives' : 'does not derive'} maintenance from the maximum leverage`, () => {
      const { maintenanceMarginRate: _m, ...spec } = fullSpec(rules);
      const error = errorOf(() => liquidationPrice({ ...spec, maxLeverage: '40' }));
      if (info.maintenanceFromMaxLeverage) expect(error).toBeNull();
      else expect(error?.field).toBe('maintenanceMarginRate');
    });
  });
});

describe('quote value ↔ quantity', () => {
  it('linear: quote = quantity × price, converted back rounded down to 18 decimals', () => {
    expect(quoteValueOf('binance-usdm', '0.5', '60000').toFixed()).toBe('30000');
    expect(quantityForQuoteValue('binance-usdm', '100', '30000').toFixed()).toBe('0.003333333333333333');
  });

  it('inverse: quote = contracts × contract size whatever the price, back in whole contracts', () => {
    expect(quoteValueOf('bybit-inverse', '7', '60000', '100').toFixed()).toBe('700');
    expect(quantityForQuoteValue('bybit-inverse', '1050', '60000', '100').toFixed()).toBe('10');
  });

  it.each(ALL_RULES)('%s: converting a quantity to quote and back gives the quantity again', (rules) => {
    const quantity = isInverse(rules) ? '37' : '0.123';
    const quote = quoteValueOf(rules, quantity, '61234.5', '100');
    expect(quantityForQuoteValue(rules, quote, '61234.5', '100').toFixed()).toBe(quantity);
  });
});
