import { describe, expect, it } from 'vitest';
import { Decimal, type Num } from '../../decimal';
import type { PositionSpec } from '../../types';
import { maintenanceMargin } from '../maintenance-margin';
import { normalizeSpec } from '../normalize-spec';
import { expectLiquidationError } from './expect-liquidation-error';
import { parseVenueTiers } from './parse-venue-tiers';

// GET /api/v4/futures/usdt/risk_limit_tiers returns a bare list; the first three tiers of Gate's
// published BTC_USDT table (Help Center, "Risk Limit"), with the API's deduction field left out.
const ROWS = [
  {
    tier: 1,
    risk_limit: '20000',
    initial_rate: '0.008',
    maintenance_rate: '0.004',
    leverage_max: '125',
    contract: 'BTC_USDT',
  },
  {
    tier: 2,
    risk_limit: '50000',
    initial_rate: '0.009',
    maintenance_rate: '0.0045',
    leverage_max: '111',
    contract: 'BTC_USDT',
  },
  {
    tier: 3,
    risk_limit: '100000',
    initial_rate: '0.01',
    maintenance_rate: '0.005',
    leverage_max: '100',
    contract: 'BTC_USDT',
  },
];

function spec(quantity: Num, tiers = parseVenueTiers(JSON.stringify(ROWS), { venue: 'gate' })): PositionSpec {
  return {
    rules: 'gate-linear',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '50000',
    quantity: new Decimal(quantity).toString(),
    leverage: '50',
    takerFeeRate: '0.0005',
    tiers,
  };
}

function entryTierIndex(quantity: Num): number {
  const maintenance = normalizeSpec(spec(quantity)).maintenance;
  if (maintenance.kind !== 'tiers') throw new Error('expected a tier table');
  return maintenance.entryTier.index;
}

describe('Gate risk-limit tiers', () => {
  it('derives the deduction from Gate’s gradient rule when the table has none, and keeps the API’s when it has', () => {
    const derived = parseVenueTiers(JSON.stringify(ROWS), { venue: 'gate' });
    // 20,000 × (0.45% − 0.4%) = 10; 10 + 50,000 × (0.5% − 0.45%) = 35.
    expect(derived.map((t) => t.maintenanceAmount)).toEqual(['0', '10', '35']);
    expect(derived.map((t) => [t.notionalFloor, t.notionalCap, t.includes])).toEqual([
      ['0', '20000', 'cap'],
      ['20000', '50000', 'cap'],
      ['50000', '100000', 'cap'],
    ]);
    const given = ROWS.map((r, i) => ({ ...r, deduction: ['0', '11', '36'][i] }));
    expect(parseVenueTiers(JSON.stringify(given), { venue: 'gate' }).map((t) => t.maintenanceAmount)).toEqual(
      ['0', '11', '36'],
    );
  });

  it('gives the gradient maintenance margin: each tier’s rate only on the part of the value inside it', () => {
    const noFee = { includeClosingFee: false };
    for (const [quantity, byPortion] of [
      ['0.3', 15000 * 0.004],
      ['0.9', 20000 * 0.004 + 25000 * 0.0045],
      ['1.6', 20000 * 0.004 + 30000 * 0.0045 + 30000 * 0.005],
    ] as const) {
      expect(maintenanceMargin(spec(quantity), '50000', noFee).toNumber()).toBeCloseTo(byPortion, 9);
    }
  });

  it('picks the tier at floor − ε, floor, cap and cap + one contract: (previous limit, limit]', () => {
    // At 50,000 USDT, 0.4 BTC is 20,000 USDT; one contract step here is 0.0001 BTC (5 USDT).
    expect(entryTierIndex('0.3999998')).toBe(0); // 19,999.99
    expect(entryTierIndex('0.4')).toBe(0); // tier 1's limit, included
    expect(entryTierIndex('0.4001')).toBe(1); // cap + one contract
    expect(entryTierIndex('2')).toBe(2); // 100,000: the last limit, included
    expectLiquidationError(() => entryTierIndex('2.0001'), 'POSITION_TOO_LARGE_FOR_TIER', 'quantity');
  });

  it('reads CSV with Gate’s field names', () => {
    const csv =
      'tier,risk_limit,maintenance_rate,leverage_max\n1,"20,000",0.004,125\n2,"50,000",0.0045,111\n';
    expect(parseVenueTiers(csv, { venue: 'gate' }).map((t) => t.notionalCap)).toEqual(['20000', '50000']);
  });

  it('refuses malformed input with the row and field named', () => {
    expectLiquidationError(
      () =>
        parseVenueTiers('{"label":"CONTRACT_NOT_FOUND","message":"Contract not found"}', { venue: 'gate' }),
      'INVALID_TIERS',
      'label',
      'CONTRACT_NOT_FOUND',
    );
    const repeated = ROWS.map((r) => (r.tier === 3 ? { ...r, risk_limit: '50000' } : r));
    expectLiquidationError(
      () => parseVenueTiers(JSON.stringify(repeated), { venue: 'gate' }),
      'INVALID_TIERS',
      'tiers[2].risk_limit',
      'Tier 3: risk_limit 50000 repeats',
    );
    const badRate = ROWS.map((r) => (r.tier === 2 ? { ...r, maintenance_rate: '1.2' } : r));
    expectLiquidationError(
      () => parseVenueTiers(JSON.stringify(badRate), { venue: 'gate' }),
      'INVALID_TIERS',
      'tiers[1].maintenance_rate',
      'must be below 1',
    );
    expectLiquidationError(
      () =>
        parseVenueTiers(JSON.stringify([...ROWS, { ...ROWS[0]!, contract: 'ETH_USDT' }]), { venue: 'gate' }),
      'INVALID_ARGUMENT',
      'symbol',
      'BTC_USDT, ETH_USDT',
    );
    expectLiquidationError(
      () => parseVenueTiers('[]', { venue: 'gate' }),
      'INVALID_TIERS',
      'tiers',
      'lists no tiers',
    );
    expectLiquidationError(
      () => parseVenueTiers('[1, 2]', { venue: 'gate' }),
      'INVALID_TIERS',
      'tiers[0]',
      'must be an object',
    );
  });
});
