import {
  Decimal,
  isLiquidationError,
  type LiquidationError,
  liquidationPrice,
  TIER_SNAPSHOTS,
} from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { positionSpecOf } from './position-spec-from-scenario';
import { scenarioInputSchema, validateScenarioWithEngine } from './scenario-schema';
import { decodeScenarioState, encodeScenarioState } from './scenario-state-codec';
import { customTierTableFromText } from './scenario-tier-table';
import { validScenario } from './testing/scenario-test-fixtures';
import { tierTableOf } from './tier-table-facts';

const withMaintenance = (maintenance: unknown, position: Record<string, unknown> = {}) => {
  const base = validScenario();
  return { ...base, position: { ...base.position, ...position, maintenance } };
};

const OKX_RESPONSE = JSON.stringify({
  code: '0',
  msg: '',
  data: [
    {
      instFamily: 'BTC-USDT',
      tier: '1',
      minSz: '0',
      maxSz: '500',
      mmr: '0.004',
      imr: '0.01',
      maxLever: '100',
    },
    {
      instFamily: 'BTC-USDT',
      tier: '2',
      minSz: '501',
      maxSz: '1000',
      mmr: '0.005',
      imr: '0.0133',
      maxLever: '75',
    },
  ],
});

const pasted = () =>
  customTierTableFromText(OKX_RESPONSE, {
    venue: 'okx',
    contractSize: '0.01',
    symbol: 'BTC-USDT',
    asOf: '2026-12-01',
  });

describe('scenario tier tables', () => {
  it('keeps an open-ended last tier open (no "undefined" cap) and prices with it; refuses an open middle tier', () => {
    const openLast = OKX_RESPONSE.replace('"maxSz":"1000"', '"maxSz":""');
    const table = customTierTableFromText(openLast, {
      venue: 'okx',
      contractSize: '0.01',
      asOf: '2026-12-01',
    });
    expect(table.tiers[1]).not.toHaveProperty('notionalCap');
    // 2,000 BTC is far past every published bound: still priced, in the open tier.
    const input = scenarioInputSchema.parse(
      withMaintenance(
        { kind: 'custom-tiers', table },
        { rules: 'okx-linear', size: { unit: 'quantity', quantity: '2000' }, leverage: '2' },
      ),
    );
    expect(() => validateScenarioWithEngine(input)).not.toThrow();
    const stored = structuredClone(table);
    delete (stored.tiers[1] as { notionalCap?: string }).notionalCap;
    (stored.tiers[0] as { notionalCap?: string }).notionalCap = undefined;
    const middle = withMaintenance({ kind: 'custom-tiers', table: stored });
    const parsed = scenarioInputSchema.safeParse(middle);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('only the last tier may be open-ended');
  });

  it.each(TIER_SNAPSHOTS.map((snapshot) => snapshot.id))(
    'names the bundled snapshot %s and prices with it',
    (id) => {
      const snapshot = TIER_SNAPSHOTS.find((s) => s.id === id)!;
      const input = scenarioInputSchema.parse(
        withMaintenance(
          { kind: 'tiers', preset: id },
          { rules: snapshot.rules, leverage: '5', fees: { enabled: false } },
        ),
      );
      expect(tierTableOf(input.position.maintenance as never).date).toBe(snapshot.date);
      expect(positionSpecOf(input.position).tiers).toBe(snapshot.tiers);
    },
  );

  it('keeps opening the legacy name binance-btcusdt as the 2021 Binance snapshot', () => {
    const input = scenarioInputSchema.parse(withMaintenance({ kind: 'tiers', preset: 'binance-btcusdt' }));
    const facts = tierTableOf(input.position.maintenance as never);
    expect(facts).toMatchObject({ kind: 'snapshot', venue: 'binance', symbol: 'BTCUSDT', historical: true });
  });

  it('refuses a table name it does not bundle, in plain words', () => {
    const result = scenarioInputSchema.safeParse(withMaintenance({ kind: 'tiers', preset: 'evil' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('choose one of the bundled tier tables');
  });

  it('carries a pasted table with its date through the share link and prices with it', () => {
    const scenario = withMaintenance(
      { kind: 'custom-tiers', table: pasted() },
      { rules: 'okx-linear', side: 'short', size: { unit: 'quantity', quantity: '6' }, leverage: '20' },
    );
    const input = scenarioInputSchema.parse(scenario);
    expect(() => validateScenarioWithEngine(input)).not.toThrow();
    const decoded = decodeScenarioState(encodeScenarioState(input));
    expect(decoded.position.maintenance).toEqual(input.position.maintenance);
    const facts = tierTableOf(decoded.position.maintenance as never);
    expect(facts).toMatchObject({ kind: 'custom', venue: 'okx', date: '2026-12-01' });
    expect(positionSpecOf(decoded.position).tiers?.[1]?.notionalFloor).toBe('5.01');
  });

  it.each([
    [{ ...pasted(), asOf: '1 Dec 2026' }, 'the table date must be written YYYY-MM-DD'],
    [{ ...pasted(), asOf: '2026-13-45' }, 'the table date is not a real day'],
    [{ ...pasted(), tiers: [] }, 'the table needs at least one tier'],
    [{ ...pasted(), venue: 'ftx' }, 'the table must be from Binance, OKX, Bybit, Gate or Hyperliquid'],
  ])('refuses a malformed pasted table (%#)', (table, message) => {
    const result = scenarioInputSchema.safeParse(withMaintenance({ kind: 'custom-tiers', table }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it('reads a pasted venue table into a stored one, refusing what cannot be read or stored in plain words', () => {
    expect(pasted().tiers).toHaveLength(2);
    expect(() =>
      customTierTableFromText('minSz,maxSz\n0,500', {
        venue: 'okx',
        contractSize: '0.01',
        asOf: '2026-12-01',
      }),
    ).toThrow('Row 1 (line 2): mmr is missing.');
    const tooFine = OKX_RESPONSE.replace('"0.004"', '"0.0040000000000000000001"');
    expect(() =>
      customTierTableFromText(tooFine, { venue: 'okx', contractSize: '0.01', asOf: '2026-12-01' }),
    ).toThrow('Tier 1: maintenanceMarginRate must be a decimal number');
  });

  it("leaves the engine's table checks to the engine, with the field named under the position", () => {
    const table = pasted();
    table.tiers[1] = { ...table.tiers[1]!, notionalFloor: '7' }; // a gap after tier 1's cap of 5.01
    const input = scenarioInputSchema.parse(
      withMaintenance({ kind: 'custom-tiers', table }, { rules: 'okx-linear', leverage: '20' }),
    );
    let error: LiquidationError | undefined;
    try {
      validateScenarioWithEngine(input);
    } catch (caught) {
      if (isLiquidationError(caught)) error = caught;
    }
    expect(error?.code).toBe('INVALID_TIERS');
    expect(error?.field).toBe('position.tiers[1].notionalFloor');
    expect(error?.message).toContain('leaves a gap');
  });

  describe('a Hyperliquid margin table', () => {
    // The docs' ETH table (Trading › Margin tiers): 25x up to 100M USDC, 15x above. 15x makes the
    // rate 1/30 and the deduction 100M × (1/30 − 1/50): neither has a finite decimal.
    const ETH = JSON.stringify({
      description: 'tiered 25x',
      marginTiers: [
        { lowerBound: '0', maxLeverage: 25 },
        { lowerBound: '100000000', maxLeverage: 15 },
      ],
    });
    const hyperliquidTable = (text = ETH) =>
      customTierTableFromText(text, { venue: 'hyperliquid', symbol: 'ETH', asOf: '2026-12-05' });
    const position = { rules: 'hyperliquid', leverage: '10', fees: { enabled: false } } as const;

    it('is kept as published (bounds and max leverage) and priced exactly like the bundled snapshot', () => {
      const table = hyperliquidTable();
      expect(table).toEqual({
        venue: 'hyperliquid',
        symbol: 'ETH',
        asOf: '2026-12-05',
        marginTiers: [
          { lowerBound: '0', maxLeverage: '25' },
          { lowerBound: '100000000', maxLeverage: '15' },
        ],
      });
      const input = scenarioInputSchema.parse(withMaintenance({ kind: 'custom-tiers', table }, position));
      expect(() => validateScenarioWithEngine(input)).not.toThrow();
      const decoded = decodeScenarioState(encodeScenarioState(input));
      expect(decoded.position.maintenance).toEqual(input.position.maintenance);
      const tiers = positionSpecOf(decoded.position).tiers!;
      // 1 / (2 × 15) at the engine's precision, not cut to 18 decimals.
      expect(
        new Decimal(tiers[1]!.maintenanceMarginRate as string).times(30).minus(1).abs().lte('1e-38'),
      ).toBe(true);
      const snapshot = TIER_SNAPSHOTS.find((s) => s.venue === 'hyperliquid' && s.symbol === 'ETH')!;
      expect(tiers).toEqual(snapshot.tiers);
      const bundled = scenarioInputSchema.parse(
        withMaintenance({ kind: 'tiers', preset: snapshot.id }, position),
      );
      expect(liquidationPrice(positionSpecOf(decoded.position))?.toString()).toBe(
        liquidationPrice(positionSpecOf(bundled.position))?.toString(),
      );
      // Derived once per stored table: the engine's per-array cache keeps working while sliders move.
      expect(positionSpecOf(decoded.position).tiers).toBe(tiers);
      expect(tierTableOf(decoded.position.maintenance as never)).toMatchObject({
        kind: 'custom',
        venue: 'hyperliquid',
        symbol: 'ETH',
        date: '2026-12-05',
      });
    });

    it('reads the CSV form too, and refuses a malformed table in plain words', () => {
      expect(hyperliquidTable('lowerBound,maxLeverage\n0,20\n70000000,10').marginTiers).toEqual([
        { lowerBound: '0', maxLeverage: '20' },
        { lowerBound: '70000000', maxLeverage: '10' },
      ]);
      expect(() => hyperliquidTable('lowerBound,maxLeverage\n10,20')).toThrow(
        'the lowest tier must start at 0',
      );
      expect(() => hyperliquidTable('lowerBound,maxLeverage\n0,0.5')).toThrow(
        'maxLeverage must be at least 1',
      );
      expect(() => hyperliquidTable('{"description":"tiered 25x"}')).toThrow('has no "marginTiers" list');
    });

    it('refuses a shared link whose table the engine could not read, with the reason', () => {
      const table = { ...hyperliquidTable(), marginTiers: [{ lowerBound: '5', maxLeverage: '20' }] };
      const result = scenarioInputSchema.safeParse(
        withMaintenance({ kind: 'custom-tiers', table }, position),
      );
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toContain('the lowest tier must start at 0');
      const listed = { ...hyperliquidTable(), tiers: pasted().tiers };
      expect(
        scenarioInputSchema.safeParse(withMaintenance({ kind: 'custom-tiers', table: listed })).success,
      ).toBe(false);
    });
  });
});
