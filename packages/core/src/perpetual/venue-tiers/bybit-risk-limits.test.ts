import { describe, expect, it } from 'vitest';
import { Decimal, type Num } from '../../decimal';
import type { PositionSpec } from '../../types';
import { liquidationPrice } from '../liquidation-price';
import { normalizeSpec } from '../normalize-spec';
import { expectLiquidationError } from './expect-liquidation-error';
import { parseVenueTiers } from './parse-venue-tiers';

// The envelope and fields of GET /v5/market/risk-limit (category=linear). The figures are this test's:
// a 2,000,000 USDT first tier at 0.5% and a second to 4,000,000 at 1% whose deduction keeps the
// requirement continuous (2,000,000 × (1% − 0.5%) = 10,000); tier 1 has no deduction ("").
const LINEAR = {
  retCode: 0,
  retMsg: 'OK',
  result: {
    category: 'linear',
    list: [
      {
        id: 1,
        symbol: 'BTCUSDT',
        riskLimitValue: '2000000',
        maintenanceMargin: '0.005',
        initialMargin: '0.01',
        isLowestRisk: 1,
        maxLeverage: '100.00',
        mmDeduction: '',
      },
      {
        id: 2,
        symbol: 'BTCUSDT',
        riskLimitValue: '4000000',
        maintenanceMargin: '0.01',
        initialMargin: '0.0175',
        isLowestRisk: 0,
        maxLeverage: '57.14',
        mmDeduction: '10000',
      },
    ],
  },
  retExtInfo: {},
  time: 1672054488010,
};
const RESPONSE = JSON.stringify(LINEAR);

function entryTierIndex(quantity: Num): number {
  const spec: PositionSpec = {
    rules: 'bybit-linear',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '50000',
    quantity: new Decimal(quantity).toString(),
    leverage: '20',
    tiers: parseVenueTiers(RESPONSE, { venue: 'bybit' }),
  };
  const maintenance = normalizeSpec(spec).maintenance;
  if (maintenance.kind !== 'tiers') throw new Error('expected a tier table');
  return maintenance.entryTier.index;
}

describe('Bybit risk-limit tiers', () => {
  it('reads /v5/market/risk-limit: each limit is a tier cap, included; an empty mmDeduction is 0', () => {
    expect(parseVenueTiers(RESPONSE, { venue: 'bybit' })).toEqual([
      {
        notionalFloor: '0',
        notionalCap: '2000000',
        maintenanceMarginRate: '0.005',
        maintenanceAmount: '0',
        maxLeverage: '100',
        includes: 'cap',
      },
      {
        notionalFloor: '2000000',
        notionalCap: '4000000',
        maintenanceMarginRate: '0.01',
        maintenanceAmount: '10000',
        maxLeverage: '57.14',
        includes: 'cap',
      },
    ]);
  });

  it('reads the documented example’s rates as percentages (initialMargin "1" beside maxLeverage "100.00")', () => {
    // Bybit's own response example for category=inverse, BTCUSD, plus a second tier in the same units.
    const documented = {
      retCode: 0,
      retMsg: 'OK',
      result: {
        category: 'inverse',
        list: [
          {
            id: 1,
            symbol: 'BTCUSD',
            riskLimitValue: '150',
            maintenanceMargin: '0.5',
            initialMargin: '1',
            isLowestRisk: 1,
            maxLeverage: '100.00',
          },
          {
            id: 2,
            symbol: 'BTCUSD',
            riskLimitValue: '300',
            maintenanceMargin: '1',
            initialMargin: '1.5',
            isLowestRisk: 0,
            maxLeverage: '66.66',
          },
        ],
      },
    };
    const tiers = parseVenueTiers(JSON.stringify(documented), { venue: 'bybit' });
    expect(tiers.map((t) => [t.notionalCap, t.maintenanceMarginRate])).toEqual([
      ['150', '0.005'],
      ['300', '0.01'],
    ]);
  });

  it('picks the tier at floor − ε, floor, cap and cap + one contract: (previous limit, limit]', () => {
    // At 50,000 USDT, 40 BTC is 2,000,000 USDT; one contract is 0.001 BTC (50 USDT).
    expect(entryTierIndex('39.9999998')).toBe(0); // 1,999,999.99: tier 2's floor − ε
    expect(entryTierIndex('40')).toBe(0); // exactly tier 1's limit (= tier 2's floor): still tier 1
    expect(entryTierIndex('40.001')).toBe(1); // cap + one contract
    expect(entryTierIndex('80')).toBe(1); // the last limit, included
    expectLiquidationError(() => entryTierIndex('80.001'), 'POSITION_TOO_LARGE_FOR_TIER', 'quantity');
  });

  it('prices with Bybit’s formula and the tier’s deduction', () => {
    const tiers = parseVenueTiers(RESPONSE, { venue: 'bybit' });
    // 50 BTC at 50,000 = 2,500,000 USDT (tier 2), 20x: IM 125,000.
    // Bybit (long): LP = entry − (IM − MM) / size, MM = value × MMR − deduction = 25,000 − 10,000.
    const spec: PositionSpec = {
      rules: 'bybit-linear',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '50000',
      quantity: '50',
      leverage: '20',
      tiers,
    };
    const expected = new Decimal(50000).minus(new Decimal(125000 - (25000 - 10000)).div(50));
    expect(liquidationPrice(spec)!.toString()).toBe(expected.toString());
  });

  it('refuses malformed input with the row and field named', () => {
    expectLiquidationError(
      () =>
        parseVenueTiers('{"retCode":10001,"retMsg":"params error: symbol invalid","result":{}}', {
          venue: 'bybit',
        }),
      'INVALID_TIERS',
      'retCode',
      'symbol invalid',
    );
    expectLiquidationError(
      () => parseVenueTiers('{"retCode":0,"result":{}}', { venue: 'bybit' }),
      'INVALID_TIERS',
      'result.list',
    );
    const unclear = structuredClone(LINEAR);
    unclear.result.list[0]!.initialMargin = '0.1';
    expectLiquidationError(
      () => parseVenueTiers(JSON.stringify(unclear), { venue: 'bybit' }),
      'INVALID_TIERS',
      'result.list[0].initialMargin',
      'units of the rates are unclear',
    );
    const repeated = structuredClone(LINEAR);
    repeated.result.list[1]!.riskLimitValue = '2000000';
    expectLiquidationError(
      () => parseVenueTiers(JSON.stringify(repeated), { venue: 'bybit' }),
      'INVALID_TIERS',
      'result.list[1].riskLimitValue',
      'Tier 2: riskLimitValue 2000000 repeats',
    );
    const negative = structuredClone(LINEAR);
    negative.result.list[1]!.mmDeduction = '-5';
    expectLiquidationError(
      () => parseVenueTiers(JSON.stringify(negative), { venue: 'bybit' }),
      'NEGATIVE_VALUE',
      'result.list[1].mmDeduction',
      'Tier 2: mmDeduction must not be negative',
    );
    const twoSymbols = structuredClone(LINEAR);
    twoSymbols.result.list.push({ ...twoSymbols.result.list[0]!, symbol: 'ETHUSDT' });
    expectLiquidationError(
      () => parseVenueTiers(JSON.stringify(twoSymbols), { venue: 'bybit' }),
      'INVALID_ARGUMENT',
      'symbol',
      'BTCUSDT, ETHUSDT',
    );
    expect(parseVenueTiers(JSON.stringify(twoSymbols), { venue: 'bybit', symbol: 'ETHUSDT' })).toHaveLength(
      1,
    );
  });
});
