import { describe, expect, it } from 'vitest';
import { Decimal, type Num } from '../../decimal';
import type { PositionSpec } from '../../types';
import { liquidationPrice } from '../liquidation-price';
import { maintenanceTierFor } from '../maintenance-tiers';
import { normalizeSpec } from '../normalize-spec';
import { expectLiquidationError } from './expect-liquidation-error';
import { parseVenueTiers } from './parse-venue-tiers';

// The response shape of GET /fapi/v1/leverageBracket (numbers, as Binance sends them), filled with the
// first three brackets of Binance's 2021-03-18 BTCUSDT table.
const USDM = JSON.stringify([
  {
    symbol: 'BTCUSDT',
    brackets: [
      {
        bracket: 1,
        initialLeverage: 125,
        notionalCap: 50000,
        notionalFloor: 0,
        maintMarginRatio: 0.004,
        cum: 0,
      },
      {
        bracket: 2,
        initialLeverage: 100,
        notionalCap: 250000,
        notionalFloor: 50000,
        maintMarginRatio: 0.005,
        cum: 50,
      },
      {
        bracket: 3,
        initialLeverage: 50,
        notionalCap: 1000000,
        notionalFloor: 250000,
        maintMarginRatio: 0.01,
        cum: 1300,
      },
    ],
  },
  {
    symbol: 'ETHUSDT',
    brackets: [
      {
        bracket: 1,
        initialLeverage: 75,
        notionalCap: 10000,
        notionalFloor: 0,
        maintMarginRatio: 0.0065,
        cum: 0,
      },
    ],
  },
]);

// GET /dapi/v2/leverageBracket for one symbol, with the documented "qtylFloor" spelling; bounds in BTC.
const COINM = JSON.stringify({
  symbol: 'BTCUSD_PERP',
  brackets: [
    { bracket: 1, initialLeverage: 125, qtyCap: 5, qtylFloor: 0, maintMarginRatio: 0.004, cum: 0 },
    { bracket: 2, initialLeverage: 100, qtyCap: 10, qtylFloor: 5, maintMarginRatio: 0.005, cum: 0.005 },
  ],
});

const CSV = `bracket,initialLeverage,notionalFloor,notionalCap,maintMarginRatio,cum
1,125,0,"50,000",0.004,0
2,100,50000,250000,0.005,50
`;

describe('Binance leverage brackets', () => {
  it('reads /fapi/v1/leverageBracket: one symbol of several, in Binance units', () => {
    const tiers = parseVenueTiers(USDM, { venue: 'binance', symbol: 'BTCUSDT' });
    expect(tiers).toEqual([
      {
        notionalFloor: '0',
        notionalCap: '50000',
        maintenanceMarginRate: '0.004',
        maintenanceAmount: '0',
        maxLeverage: '125',
      },
      {
        notionalFloor: '50000',
        notionalCap: '250000',
        maintenanceMarginRate: '0.005',
        maintenanceAmount: '50',
        maxLeverage: '100',
      },
      {
        notionalFloor: '250000',
        notionalCap: '1000000',
        maintenanceMarginRate: '0.01',
        maintenanceAmount: '1300',
        maxLeverage: '50',
      },
    ]);
    expect(parseVenueTiers(USDM, { venue: 'binance', symbol: 'ETHUSDT' })).toHaveLength(1);
  });

  it('reads /dapi/v2/leverageBracket (qtyFloor/qtyCap in the coin, either spelling) and CSV', () => {
    const coin = parseVenueTiers(COINM, { venue: 'binance' });
    expect(coin.map((t) => [t.notionalFloor, t.notionalCap, t.maintenanceAmount])).toEqual([
      ['0', '5', '0'],
      ['5', '10', '0.005'],
    ]);
    const csv = parseVenueTiers(CSV, { venue: 'binance' });
    expect(csv.map((t) => t.notionalCap)).toEqual(['50000', '250000']);
  });

  it('picks the bracket at floor − ε, floor, cap and cap + one contract: [floor, cap), the last cap included', () => {
    const tiers = parseVenueTiers(USDM, { venue: 'binance', symbol: 'BTCUSDT' });
    // One BTCUSDT contract step of 0.001 BTC at 50,000 USDT is 50 USDT of notional.
    const contract = new Decimal('0.001').times(50000);
    const rate = (n: Num) => maintenanceTierFor(tiers, n).maintenanceMarginRate;
    expect(rate('49999.99')).toBe('0.004');
    expect(rate('50000')).toBe('0.005');
    expect(rate(new Decimal(250000).minus('0.01'))).toBe('0.005');
    expect(rate('250000')).toBe('0.01');
    expect(rate(new Decimal(50000).plus(contract))).toBe('0.005');
    expect(rate('1000000')).toBe('0.01');
    expectLiquidationError(
      () => maintenanceTierFor(tiers, new Decimal(1000000).plus(contract)),
      'POSITION_TOO_LARGE_FOR_TIER',
      'notional',
    );
  });

  it('prices a position with the converted table exactly as with the hand-written one', () => {
    const tiers = parseVenueTiers(USDM, { venue: 'binance', symbol: 'BTCUSDT' });
    const spec: PositionSpec = {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '50000',
      quantity: '4',
      leverage: '20',
      tiers,
    };
    // 4 BTC at 50,000 = 200,000 USDT (bracket 2); isolated margin 10,000. Binance's formula with
    // bracket 2: LP = (10,000 + 50 − 200,000) / (4 × 0.005 − 4) = 47,726.1…, whose notional
    // 190,904 is still in bracket 2.
    const expected = new Decimal(10000 + 50 - 200000).div(new Decimal(4).times('0.005').minus(4));
    expect(liquidationPrice(spec)!.toString()).toBe(expected.toString());
    const maintenance = normalizeSpec(spec).maintenance;
    expect(maintenance.kind === 'tiers' && maintenance.entryTier.index).toBe(1);
  });

  it('refuses malformed input with the row and field named', () => {
    expectLiquidationError(
      () => parseVenueTiers(USDM, { venue: 'binance' }),
      'INVALID_ARGUMENT',
      'symbol',
      'BTCUSDT, ETHUSDT',
    );
    expectLiquidationError(
      () => parseVenueTiers(USDM, { venue: 'binance', symbol: 'SOLUSDT' }),
      'INVALID_ARGUMENT',
      'symbol',
      'SOLUSDT',
    );
    expectLiquidationError(
      () => parseVenueTiers('{"code":-1121,"msg":"Invalid symbol."}', { venue: 'binance' }),
      'INVALID_TIERS',
      'table',
      'Invalid symbol.',
    );
    const broken = JSON.parse(USDM);
    broken[0].brackets[1].maintMarginRatio = 'half';
    expectLiquidationError(
      () => parseVenueTiers(JSON.stringify(broken), { venue: 'binance', symbol: 'BTCUSDT' }),
      'INVALID_NUMBER',
      '[0].brackets[1].maintMarginRatio',
      'Bracket 2 of BTCUSDT: maintMarginRatio',
    );
    const gap = JSON.parse(USDM);
    gap[0].brackets[2].notionalFloor = 260000;
    expectLiquidationError(
      () => parseVenueTiers(JSON.stringify(gap), { venue: 'binance', symbol: 'BTCUSDT' }),
      'INVALID_TIERS',
      '[0].brackets[2].notionalFloor',
      "previous bracket's cap 250000",
    );
    delete gap[0].brackets[2].cum;
    expectLiquidationError(
      () => parseVenueTiers(JSON.stringify(gap), { venue: 'binance', symbol: 'BTCUSDT' }),
      'MISSING_FIELD',
      '[0].brackets[2].cum',
      'Bracket 3 of BTCUSDT: cum is missing.',
    );
    expectLiquidationError(
      () => parseVenueTiers(CSV.replace('0.004', '0.40%'), { venue: 'binance' }),
      'INVALID_NUMBER',
      'rows[0].maintMarginRatio',
      'Row 1 (line 2)',
      'as fractions',
    );
    expectLiquidationError(
      () => parseVenueTiers(CSV.replace('2,100', '2,100,7'), { venue: 'binance' }),
      'INVALID_TIERS',
      'rows[1]',
      'Row 2 (line 3): 7 cells under a header of 6',
    );
  });
});
