import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal';
import { maxPosition } from '../../position-tools/max-position';
import type { MaintenanceTier, PositionSpec } from '../../types';
import { liquidationPrice } from '../liquidation-price';
import { findTier, maintenanceTierFor, normalizeTiers } from '../maintenance-tiers';
import { marginRatio } from '../margin-ratio';
import { expectLiquidationError } from './expect-liquidation-error';
import { parseVenueTiers } from './parse-venue-tiers';
import { BYBIT_TEST_ROWS, bybitResponse, OKX_ETHUSDT_2021_ROWS, okxResponse } from './venue-table-fixtures';

// A two-bracket table whose last bracket has no cap, continuous by Binance's cum rule
// (cum 2 = 50,000 × (0.01 − 0.004) = 300).
const OPEN: MaintenanceTier[] = [
  { notionalFloor: '0', notionalCap: '50000', maintenanceMarginRate: '0.004', maintenanceAmount: '0' },
  { notionalFloor: '50000', maintenanceMarginRate: '0.01', maintenanceAmount: '300' },
];

const d = (value: string) => new Decimal(value);

describe('an open-ended last tier in the engine', () => {
  it('picks the bracket at the floor, just below it, and far above every bound', () => {
    const tiers = normalizeTiers(OPEN);
    expect(tiers[1]!.cap).toBeNull();
    expect(findTier(tiers, d('49999.99'))!.index).toBe(0);
    expect(findTier(tiers, d('50000'))!.index).toBe(1);
    expect(findTier(tiers, d('1e30'))!.index).toBe(1);
    // No position is too large for an open table (a capped one refuses it).
    expect(maintenanceTierFor(OPEN, '1e30')).toBe(OPEN[1]);
    const capped = [OPEN[0]!, { ...OPEN[1]!, notionalCap: '100000' }];
    expectLiquidationError(
      () => maintenanceTierFor(capped, '100000.01'),
      'POSITION_TOO_LARGE_FOR_TIER',
      'notional',
    );
  });

  it('takes null and "" as open too, and refuses an open bracket that is not the last', () => {
    expect(normalizeTiers([OPEN[0]!, { ...OPEN[1]!, notionalCap: null }])[1]!.cap).toBeNull();
    expect(normalizeTiers([OPEN[0]!, { ...OPEN[1]!, notionalCap: '' }])[1]!.cap).toBeNull();
    const { notionalCap: _cap, ...openFirst } = OPEN[0]!;
    expectLiquidationError(
      () => normalizeTiers([openFirst, OPEN[1]!]),
      'INVALID_TIERS',
      'tiers[0].notionalCap',
      'only the last bracket may be open-ended',
    );
  });

  it('prices a position far past the last floor, margin ratio 1 at the liquidation price', () => {
    // 100 BTC long at 10,000 = 1,000,000 notional, 20x: far into the open bracket.
    const spec: PositionSpec = {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '10000',
      quantity: '100',
      leverage: '20',
      tiers: OPEN,
    };
    const price = liquidationPrice(spec)!;
    // Binance's closed form in bracket 2: (WB + cum − q × entry) / (q × (MMR − 1)) with WB = 50,000.
    const expected = d('50000')
      .plus(300)
      .minus(1_000_000)
      .div(d('100').times(d('0.01').minus(1)));
    expect(price.toString()).toBe(expected.toString());
    expect(marginRatio(spec, price).minus(1).abs().lte('1e-30')).toBe(true);
  });

  it('max position: an open last bracket leaves only the balance as the limit', () => {
    const result = maxPosition({
      rules: 'binance-usdm',
      balance: '1000000',
      leverage: '5',
      entryPrice: '10000',
      tiers: OPEN,
    });
    expect(result.limitedBy).toBe('balance');
    expect(result.notional.toString()).toBe('5000000');
  });
});

describe('an open-ended last tier in every venue reader', () => {
  it('Binance: a last bracket without notionalCap is open; a middle one without it is refused', () => {
    const csv = [
      'bracket,initialLeverage,notionalFloor,notionalCap,maintMarginRatio,cum',
      '1,125,0,50000,0.004,0',
      '2,100,50000,,0.005,50',
    ].join('\n');
    const tiers = parseVenueTiers(csv, { venue: 'binance' });
    expect(tiers[1]!.notionalCap).toBeUndefined();
    expect(findTier(normalizeTiers(tiers), d('1e12'))!.index).toBe(1);
    const middle = csv.replace('1,125,0,50000,', '1,125,0,,');
    expectLiquidationError(
      () => parseVenueTiers(middle, { venue: 'binance' }),
      'MISSING_FIELD',
      'rows[0].notionalCap',
      'only the highest tier may be left open-ended',
    );
  });

  it('OKX: the highest tier without maxSz is open; a tier is still picked by whole contracts below it', () => {
    const rows = OKX_ETHUSDT_2021_ROWS.map((r) => (r.tier === '3' ? { ...r, maxSz: '' } : r));
    const tiers = parseVenueTiers(okxResponse(rows), { venue: 'okx', contractSize: '0.1' });
    const parsed = normalizeTiers(tiers);
    expect(parsed[2]!.cap).toBeNull();
    // Sizes in base units (contracts × 0.1): 6,000 contracts is tier 2, 6,001 and a billion are tier 3.
    expect(findTier(parsed, d('600'))!.index).toBe(1);
    expect(findTier(parsed, d('600.1'))!.index).toBe(2);
    expect(findTier(parsed, d('100000000'))!.index).toBe(2);
    const middle = OKX_ETHUSDT_2021_ROWS.map((r) => (r.tier === '1' ? { ...r, maxSz: '' } : r));
    expectLiquidationError(
      () => parseVenueTiers(okxResponse(middle), { venue: 'okx', contractSize: '0.1' }),
      'MISSING_FIELD',
      'data[0].maxSz',
    );
  });

  it('Bybit: a tier without riskLimitValue is the open top tier, wherever it stands in the list', () => {
    const [first, second] = BYBIT_TEST_ROWS;
    const rows = [{ ...second!, riskLimitValue: '' }, first!];
    const tiers = normalizeTiers(parseVenueTiers(bybitResponse(rows), { venue: 'bybit' }));
    expect(tiers.map((t) => t.cap?.toString() ?? null)).toEqual(['2000000', null]);
    // (floor, cap]: the limit itself stays in tier 1, one cent above is tier 2, and nothing is too large.
    expect(findTier(tiers, d('2000000'))!.index).toBe(0);
    expect(findTier(tiers, d('2000000.01'))!.index).toBe(1);
    expect(findTier(tiers, d('1e15'))!.index).toBe(1);
    const twoOpen = [
      { ...first!, riskLimitValue: '' },
      { ...second!, riskLimitValue: '' },
    ];
    expectLiquidationError(
      () => parseVenueTiers(bybitResponse(twoOpen), { venue: 'bybit' }),
      'MISSING_FIELD',
      'result.list[0].riskLimitValue',
    );
  });

  it('Gate: a last tier without risk_limit is open, its deduction still from the gradient rule', () => {
    const csv = [
      'tier,risk_limit,maintenance_rate,initial_rate,leverage_max',
      '1,20000,0.004,0.008,125',
      '2,,0.0045,0.009,111',
    ].join('\n');
    const tiers = parseVenueTiers(csv, { venue: 'gate' });
    expect(tiers[1]).toMatchObject({ notionalFloor: '20000', maintenanceAmount: '10' });
    expect(tiers[1]!.notionalCap).toBeUndefined();
    const parsed = normalizeTiers(tiers);
    expect(findTier(parsed, d('20000'))!.index).toBe(0);
    expect(findTier(parsed, d('20000.01'))!.index).toBe(1);
  });
});

describe('Hyperliquid margin tiers', () => {
  // The docs' BTC row: 0-150M at 40x, >150M at 20x, in the info endpoint's marginTable shape.
  const BTC = JSON.stringify({
    marginTiers: [
      { lowerBound: '0', maxLeverage: 40 },
      { lowerBound: '150000000', maxLeverage: 20 },
    ],
  });

  it('MMR is half the initial margin at max leverage; the deduction keeps the requirement continuous', () => {
    const tiers = parseVenueTiers(BTC, { venue: 'hyperliquid' });
    expect(tiers[0]).toMatchObject({
      maintenanceMarginRate: '0.0125',
      maintenanceAmount: '0',
      notionalCap: '150000000',
    });
    // 150M × (0.025 − 0.0125) = 1,875,000.
    expect(tiers[1]).toMatchObject({ maintenanceMarginRate: '0.025', maintenanceAmount: '1875000' });
    expect(tiers[1]!.notionalCap).toBeUndefined();
    const requirement = (tier: MaintenanceTier, notional: string) =>
      d(notional)
        .times(tier.maintenanceMarginRate as string)
        .minus(tier.maintenanceAmount as string);
    expect(requirement(tiers[0]!, '150000000').eq(requirement(tiers[1]!, '150000000'))).toBe(true);
  });

  it('">150M": 150M itself is the 40x tier, anything above the open 20x one', () => {
    const parsed = normalizeTiers(parseVenueTiers(BTC, { venue: 'hyperliquid' }));
    expect(findTier(parsed, d('0'))!.maxLeverage?.toString()).toBe('40'); // tier 1's floor
    expect(findTier(parsed, d('149999999.99'))!.maxLeverage?.toString()).toBe('40'); // floor − ε of tier 2
    expect(findTier(parsed, d('150000000'))!.maxLeverage?.toString()).toBe('40'); // tier 1's cap
    // Cap + one contract: BTC trades in steps of 0.00001 (szDecimals 5), 1 USDC of notional at 100,000.
    expect(findTier(parsed, d('150000001'))!.maxLeverage?.toString()).toBe('20');
    expect(findTier(parsed, d('150000000.01'))!.maxLeverage?.toString()).toBe('20');
    expect(findTier(parsed, d('1e13'))!.maxLeverage?.toString()).toBe('20');
  });

  it('reads CSV and the bare list; refuses a table that does not start at 0 or repeats a bound', () => {
    const csv = 'lowerBound,maxLeverage\n0,25\n100000000,15';
    const eth = parseVenueTiers(csv, { venue: 'hyperliquid' });
    // 1 / (2 × 15) has no finite decimal: carried at 40 significant digits.
    expect(
      d(eth[1]!.maintenanceMarginRate as string)
        .times(30)
        .minus(1)
        .abs()
        .lte('1e-38'),
    ).toBe(true);
    expect(parseVenueTiers('[{"lowerBound":"0","maxLeverage":20}]', { venue: 'hyperliquid' })).toHaveLength(
      1,
    );
    expectLiquidationError(
      () => parseVenueTiers('lowerBound,maxLeverage\n10,25', { venue: 'hyperliquid' }),
      'INVALID_TIERS',
      'rows[0].lowerBound',
      'must start at 0',
    );
    expectLiquidationError(
      () => parseVenueTiers('lowerBound,maxLeverage\n0,25\n0,15', { venue: 'hyperliquid' }),
      'INVALID_TIERS',
      'rows[1].lowerBound',
      'repeats',
    );
    expectLiquidationError(
      () => parseVenueTiers('{"description":"x"}', { venue: 'hyperliquid' }),
      'INVALID_TIERS',
      'marginTiers',
    );
  });
});
