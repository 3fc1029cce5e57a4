import { describe, expect, it } from 'vitest';
import { LiquidationError } from '../errors';
import type { MaintenanceTier, PositionSpec } from '../types';
import { bankruptcyPrice } from './bankruptcy-price';
import { crossAccountTotals } from './cross-account';
import { liquidationPrice } from './liquidation-price';
import { maintenanceTierFor } from './maintenance-tiers';
import { marginRatio } from './margin-ratio';
import { unrealizedPnl } from './pnl';
import { binanceBtcusdtTiers } from './presets/binance-btcusdt-tiers';

const valid: PositionSpec = {
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '60000',
  quantity: '1',
  leverage: '10',
  tiers: binanceBtcusdtTiers,
};

function expectError(fn: () => unknown, code: string, field: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LiquidationError);
    expect((error as LiquidationError).code).toBe(code);
    expect((error as LiquidationError).field).toBe(field);
    expect((error as LiquidationError).message).toContain(
      field
        .split('.')
        .pop()!
        .replace(/\[\d+\]/, ''),
    );
    return;
  }
  expect.unreachable(`expected ${code} on ${field}`);
}

const tiers = (rows: [string, string, string, string, string?][]): MaintenanceTier[] =>
  rows.map(([notionalFloor, notionalCap, maintenanceMarginRate, maintenanceAmount, maxLeverage]) => ({
    notionalFloor,
    notionalCap,
    maintenanceMarginRate,
    maintenanceAmount,
    ...(maxLeverage ? { maxLeverage } : {}),
  }));

describe('bad input: a stable code and the field, never a number', () => {
  it.each<[string, Partial<PositionSpec> & Record<string, unknown>, string, string]>([
    ['zero quantity', { quantity: '0' }, 'NOT_POSITIVE', 'quantity'],
    ['negative quantity', { quantity: -1 }, 'NOT_POSITIVE', 'quantity'],
    ['NaN entry', { entryPrice: Number.NaN }, 'INVALID_NUMBER', 'entryPrice'],
    ['Infinity entry', { entryPrice: Number.POSITIVE_INFINITY }, 'INVALID_NUMBER', 'entryPrice'],
    ['non-numeric string', { quantity: '1 BTC' }, 'INVALID_NUMBER', 'quantity'],
    ['missing entry', { entryPrice: undefined }, 'MISSING_FIELD', 'entryPrice'],
    ['leverage above the bracket max', { leverage: '126' }, 'INVALID_LEVERAGE', 'leverage'],
    [
      'leverage above the bracket max for a larger position',
      { quantity: '20', leverage: '75' },
      'INVALID_LEVERAGE',
      'leverage',
    ],
    ['leverage below 1', { leverage: '0.5' }, 'INVALID_LEVERAGE', 'leverage'],
    [
      'position above the last cap',
      { quantity: '10000', leverage: '1' },
      'POSITION_TOO_LARGE_FOR_TIER',
      'quantity',
    ],
    ['unknown rules', { rules: 'ftx' as never }, 'NOT_SUPPORTED', 'rules'],
    ['bad side', { side: 'up' as never }, 'INVALID_ARGUMENT', 'side'],
    ['bad margin mode', { marginMode: 'portfolio' as never }, 'INVALID_ARGUMENT', 'marginMode'],
    ['cross without walletBalance', { marginMode: 'cross' }, 'MISSING_FIELD', 'walletBalance'],
    ['isolated margin below zero', { margin: '-5' }, 'NEGATIVE_VALUE', 'margin'],
    ['isolated without margin or leverage', { leverage: undefined }, 'MISSING_FIELD', 'leverage'],
    ['empty tiers', { tiers: [] }, 'INVALID_TIERS', 'tiers'],
    [
      'tiers and a fixed rate',
      { maintenanceMarginRate: '0.004' },
      'INVALID_ARGUMENT',
      'maintenanceMarginRate',
    ],
    ['no maintenance at all', { tiers: undefined }, 'MISSING_FIELD', 'maintenanceMarginRate'],
    ['contractSize on a linear contract', { contractSize: '100' }, 'INVALID_ARGUMENT', 'contractSize'],
    ['taker fee rate of 150%', { takerFeeRate: '1.5' }, 'INVALID_RATE', 'takerFeeRate'],
    [
      'otherPositions on an isolated position',
      {
        otherPositions: [
          { side: 'long', quantity: 1, entryPrice: 1, markPrice: 1, maintenanceMarginRate: 0.01 },
        ],
      },
      'INVALID_ARGUMENT',
      'otherPositions',
    ],
  ])('%s', (_, patch, code, field) => {
    expectError(() => liquidationPrice({ ...valid, ...patch } as PositionSpec), code, field);
  });

  it.each<[string, MaintenanceTier[], string, string]>([
    [
      'unsorted',
      tiers([
        ['50000', '250000', '0.005', '50'],
        ['0', '50000', '0.004', '0'],
      ]),
      'INVALID_TIERS',
      'tiers[0].notionalFloor',
    ],
    [
      'overlapping',
      tiers([
        ['0', '50000', '0.004', '0'],
        ['40000', '250000', '0.005', '50'],
      ]),
      'INVALID_TIERS',
      'tiers[1].notionalFloor',
    ],
    [
      'gapped',
      tiers([
        ['0', '50000', '0.004', '0'],
        ['60000', '250000', '0.005', '50'],
      ]),
      'INVALID_TIERS',
      'tiers[1].notionalFloor',
    ],
    ['cap below floor', tiers([['0', '0', '0.004', '0']]), 'INVALID_TIERS', 'tiers[0].notionalCap'],
    ['rate of 100%', tiers([['0', '1e9', '1', '0']]), 'INVALID_RATE', 'tiers[0].maintenanceMarginRate'],
    ['non-numeric cap', tiers([['0', 'lots', '0.004', '0']]), 'INVALID_NUMBER', 'tiers[0].notionalCap'],
    ['negative amount', tiers([['0', '1e9', '0.004', '-1']]), 'NEGATIVE_VALUE', 'tiers[0].maintenanceAmount'],
    [
      'discontinuous cum (Binance solves at the liquidation price)',
      tiers([
        ['0', '50000', '0.004', '0'],
        ['50000', '1e9', '0.005', '0'],
      ]),
      'INVALID_TIERS',
      'tiers[1].maintenanceAmount',
    ],
  ])('tiers: %s', (_, table, code, field) => {
    expectError(() => liquidationPrice({ ...valid, leverage: '1', tiers: table }), code, field);
  });

  it('rejects a fixed maintenance amount that makes an entry-valued requirement negative', () => {
    // Bybit values maintenance at entry: 1 BTC at 60,000 × 0.5% = 300 is the most the amount can be.
    const fixed: PositionSpec = {
      rules: 'bybit-linear',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '60000',
      quantity: '1',
      leverage: '10',
      maintenanceMarginRate: '0.005',
      takerFeeRate: '0.00055',
    };
    expect(() => liquidationPrice({ ...fixed, maintenanceAmount: '300' })).not.toThrow();
    expectError(
      () => liquidationPrice({ ...fixed, maintenanceAmount: '300.01' }),
      'INVALID_ARGUMENT',
      'maintenanceAmount',
    );
  });

  it('rejects cross margin where only the isolated formula is published, and bad marks', () => {
    expectError(
      () =>
        liquidationPrice({
          ...valid,
          rules: 'okx-linear',
          marginMode: 'cross',
          walletBalance: '1000',
          takerFeeRate: '0.0005',
        }),
      'NOT_SUPPORTED',
      'marginMode',
    );
    expectError(
      () =>
        liquidationPrice({ ...valid, rules: 'okx-linear', tiers: undefined, maintenanceMarginRate: '0.004' }),
      'MISSING_FIELD',
      'takerFeeRate',
    );
    expectError(() => marginRatio(valid, '0'), 'NOT_POSITIVE', 'markPrice');
    expectError(() => unrealizedPnl(valid, 'abc'), 'INVALID_NUMBER', 'price');
    expectError(
      () =>
        bankruptcyPrice({
          ...valid,
          rules: 'binance-coinm',
          tiers: undefined,
          maintenanceMarginRate: '0.004',
        }),
      'MISSING_FIELD',
      'contractSize',
    );
    expectError(
      () => liquidationPrice({ ...valid, rules: 'hyperliquid', tiers: undefined }),
      'MISSING_FIELD',
      'maxLeverage',
    );
    expectError(
      () => liquidationPrice({ ...valid, rules: 'hyperliquid', tiers: undefined, maxLeverage: '5' }),
      'INVALID_LEVERAGE',
      'leverage',
    );
  });

  it('maintenanceTierFor: floor inclusive, cap exclusive, the last cap included, too large above it', () => {
    expect(maintenanceTierFor(binanceBtcusdtTiers, '49999.99').maintenanceMarginRate).toBe('0.004');
    expect(maintenanceTierFor(binanceBtcusdtTiers, '50000').maintenanceMarginRate).toBe('0.005');
    expect(maintenanceTierFor(binanceBtcusdtTiers, 0).maintenanceMarginRate).toBe('0.004');
    // Binance's announcement: "300,000,000 < Position ≤ 500,000,000" — the table's maximum is allowed.
    expect(maintenanceTierFor(binanceBtcusdtTiers, '500000000').maintenanceMarginRate).toBe('0.5');
    expectError(
      () => maintenanceTierFor(binanceBtcusdtTiers, '500000000.01'),
      'POSITION_TOO_LARGE_FOR_TIER',
      'notional',
    );
    expectError(() => maintenanceTierFor(binanceBtcusdtTiers, '-1'), 'NEGATIVE_VALUE', 'notional');
    expectError(() => maintenanceTierFor([], '1'), 'INVALID_TIERS', 'tiers');
  });

  it('crossAccountTotals names the offending position', () => {
    expectError(
      () =>
        crossAccountTotals([
          { side: 'long', quantity: '1', entryPrice: '1', markPrice: 'x', maintenanceMarginRate: '0.01' },
        ]),
      'INVALID_NUMBER',
      'otherPositions[0].markPrice',
    );
  });

  it('accepts the continuity rule as Binance publishes it (COIN-M FAQ: 50 BTC × (5% − 2.5%) + 0.56 = 1.81 BTC)', () => {
    const coinm = tiers([
      ['0', '50', '0.025', '0.56'],
      ['50', '100', '0.05', '1.81'],
    ]);
    const spec: PositionSpec = {
      rules: 'binance-coinm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '40000',
      quantity: '1000',
      contractSize: '100',
      leverage: '10',
      tiers: coinm,
    };
    expect(liquidationPrice(spec)).not.toBeNull();
    expectError(
      () =>
        liquidationPrice({
          ...spec,
          tiers: tiers([
            ['0', '50', '0.025', '0.56'],
            ['50', '100', '0.05', '1.8'],
          ]),
        }),
      'INVALID_TIERS',
      'tiers[1].maintenanceAmount',
    );
  });

  it('re-validates a tier table that was mutated after first use', () => {
    const table = tiers([['0', '1e9', '0.004', '0']]);
    expect(liquidationPrice({ ...valid, leverage: '1', tiers: table })).toBeNull();
    table[0]!.maintenanceMarginRate = 'oops';
    expectError(
      () => liquidationPrice({ ...valid, leverage: '1', tiers: table }),
      'INVALID_NUMBER',
      'tiers[0].maintenanceMarginRate',
    );
  });
});

describe('the limits an error carries', () => {
  it('names the bracket’s maximum leverage and the lowest leverage as decimal strings', () => {
    const caught = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as LiquidationError;
      }
      throw new Error('expected a LiquidationError');
    };
    const above = caught(() => liquidationPrice({ ...valid, leverage: '150' }));
    expect(above.code).toBe('INVALID_LEVERAGE');
    const tier = maintenanceTierFor(binanceBtcusdtTiers, '60000');
    expect(above.limits?.max).toBe(String(tier.maxLeverage));
    expect(caught(() => liquidationPrice({ ...valid, leverage: '0.5' })).limits?.min).toBe('1');
    expect(caught(() => liquidationPrice({ ...valid, maxLeverage: '40', leverage: '50' })).limits?.max).toBe(
      '40',
    );
  });
});
