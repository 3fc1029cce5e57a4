import { describe, expect, it } from 'vitest';
import { Decimal, type Num } from '../../decimal';
import type { PositionSpec } from '../../types';
import { liquidationPrice } from '../liquidation-price';
import { normalizeTiers } from '../maintenance-tiers';
import { normalizeSpec } from '../normalize-spec';
import { expectLiquidationError } from './expect-liquidation-error';
import { parseVenueTiers } from './parse-venue-tiers';
import { OKX_ETHUSDT_2021_ROWS, okxResponse } from './venue-table-fixtures';

// OKX's published ETHUSDT tiers (venue-table-fixtures.ts); the face value 0.1 is this test's choice,
// not a claim about that contract.
const TIERS = OKX_ETHUSDT_2021_ROWS;
const RESPONSE = okxResponse();
const FACE_VALUE = '0.1';

function entryTierIndex(contracts: Num): number {
  const tiers = parseVenueTiers(RESPONSE, { venue: 'okx', contractSize: FACE_VALUE });
  const spec: PositionSpec = {
    rules: 'okx-linear',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '2000',
    quantity: new Decimal(contracts).times(FACE_VALUE).toString(),
    leverage: '10',
    takerFeeRate: '0.0005',
    tiers,
  };
  const maintenance = normalizeSpec(spec).maintenance;
  if (maintenance.kind !== 'tiers') throw new Error('expected a tier table');
  return maintenance.entryTier.index;
}

describe('OKX position tiers', () => {
  it('converts contract bounds with the face value into a table bounded in quantity, one tier running to the next minSz', () => {
    const tiers = parseVenueTiers(RESPONSE, { venue: 'okx', contractSize: FACE_VALUE });
    expect(tiers.map((t) => [t.notionalFloor, t.notionalCap, t.maintenanceMarginRate, t.boundsIn])).toEqual([
      ['0', '300.1', '0.004', 'quantity'],
      ['300.1', '600.1', '0.005', 'quantity'],
      ['600.1', '1200', '0.01', 'quantity'],
    ]);
    expect(tiers.map((t) => t.maintenanceAmount)).toEqual(['0', '0', '0']);
  });

  it('was refused as "leaves a gap" when the published bounds went into the engine unconverted', () => {
    const asPublished = TIERS.map((t) => ({
      notionalFloor: t.minSz,
      notionalCap: t.maxSz,
      maintenanceMarginRate: t.mmr,
      maintenanceAmount: '0',
    }));
    expectLiquidationError(
      () => normalizeTiers(asPublished),
      'INVALID_TIERS',
      'tiers[1].notionalFloor',
      'leaves a gap',
    );
  });

  it('picks the tier at floor − ε, floor, cap and cap + one contract; the last maxSz is included', () => {
    expect(entryTierIndex('3000')).toBe(0); // tier 1's maxSz
    expect(entryTierIndex('3000.99')).toBe(0); // tier 2's floor − ε (a fractional lot)
    expect(entryTierIndex('3001')).toBe(1); // tier 2's minSz = tier 1's maxSz + one contract
    expect(entryTierIndex('6000')).toBe(1);
    expect(entryTierIndex('6001')).toBe(2);
    expect(entryTierIndex('12000')).toBe(2); // the last maxSz
    expectLiquidationError(
      () => entryTierIndex('12001'),
      'POSITION_TOO_LARGE_FOR_TIER',
      'quantity',
      'position size 1200.1',
    );
  });

  it('prices by the tier of the position size, with OKX’s formula', () => {
    const tiers = parseVenueTiers(RESPONSE, { venue: 'okx', contractSize: FACE_VALUE });
    // 4,000 contracts × 0.1 ETH = 400 ETH (tier 2, mmr 0.5%) at 2,000, margin 80,000 (10x), fee 0.05%.
    // OKX (long): LP = (margin − FV × n × open) / (FV × n × (mmr + fee − 1)).
    const spec: PositionSpec = {
      rules: 'okx-linear',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '2000',
      quantity: '400',
      leverage: '10',
      takerFeeRate: '0.0005',
      tiers,
    };
    const expected = new Decimal(80000 - 400 * 2000).div(
      new Decimal(400).times(new Decimal('0.005').plus('0.0005').minus(1)),
    );
    expect(liquidationPrice(spec)!.toString()).toBe(expected.toString());
  });

  it('reads CSV with OKX’s field names', () => {
    const csv = 'tier,minSz,maxSz,mmr,imr,maxLever\n1,0,3000,0.004,0.008,125\n2,3001,6000,0.005,0.01,100\n';
    expect(parseVenueTiers(csv, { venue: 'okx', contractSize: '1' }).map((t) => t.notionalCap)).toEqual([
      '3001',
      '6000',
    ]);
  });

  it('refuses malformed input with the row and field named', () => {
    expectLiquidationError(
      () =>
        parseVenueTiers('{"code":"51001","msg":"Instrument ID does not exist","data":[]}', {
          venue: 'okx',
          contractSize: '1',
        }),
      'INVALID_TIERS',
      'code',
      '51001',
      'Instrument ID does not exist',
    );
    expectLiquidationError(
      () => parseVenueTiers(RESPONSE, { venue: 'okx' } as never),
      'MISSING_FIELD',
      'contractSize',
    );
    const withGap = TIERS.map((t) => (t.tier === '2' ? { ...t, minSz: '3002' } : t));
    expectLiquidationError(
      () =>
        parseVenueTiers(JSON.stringify({ code: '0', data: withGap }), { venue: 'okx', contractSize: '1' }),
      'INVALID_TIERS',
      'data[1].minSz',
      'Row 2: minSz 3002 leaves a gap',
    );
    const overlapping = TIERS.map((t) => (t.tier === '3' ? { ...t, minSz: '5000' } : t));
    expectLiquidationError(
      () =>
        parseVenueTiers(JSON.stringify({ code: '0', data: overlapping }), {
          venue: 'okx',
          contractSize: '1',
        }),
      'INVALID_TIERS',
      'data[2].minSz',
      'overlaps',
    );
    const twoFamilies = [...TIERS, { ...TIERS[0]!, instFamily: 'BTC-USDT', uly: 'BTC-USDT' }];
    expectLiquidationError(
      () =>
        parseVenueTiers(JSON.stringify({ code: '0', data: twoFamilies }), {
          venue: 'okx',
          contractSize: '1',
        }),
      'INVALID_ARGUMENT',
      'symbol',
      'ETH-USDT, BTC-USDT',
    );
    expectLiquidationError(
      () => parseVenueTiers('{"code":"0","msg":""}', { venue: 'okx', contractSize: '1' }),
      'INVALID_TIERS',
      'data',
    );
    expectLiquidationError(
      () =>
        parseVenueTiers(JSON.stringify({ code: '0', data: [{ ...TIERS[0], mmr: '' }] }), {
          venue: 'okx',
          contractSize: '1',
        }),
      'MISSING_FIELD',
      'data[0].mmr',
      'Row 1: mmr is missing.',
    );
  });
});
