import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal';
import type { PositionSpec } from '../../types';
import { maintenanceMargin } from '../maintenance-margin';
import { parseVenueTiers } from '../venue-tiers/parse-venue-tiers';

// The only figures Hyperliquid's docs work out are maintenance rates from max leverage (searched
// 2026-12-05; see hyperliquid.ts). Each expected value below is the docs' number, not ours.

const singleTier = (maxLeverage: number) =>
  parseVenueTiers(JSON.stringify({ marginTiers: [{ lowerBound: '0', maxLeverage }] }), {
    venue: 'hyperliquid',
  });

const position = (maxLeverage: string): PositionSpec => ({
  rules: 'hyperliquid',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '2000',
  quantity: '5',
  leverage: '2',
  maxLeverage,
});

describe('Hyperliquid — the docs’ worked figures', () => {
  // Trading › Margin tiers, https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers :
  // "For example, at 20x max leverage, maintenance_margin_rate = 2.5%."
  it('Margin tiers: at 20x max leverage the maintenance margin rate is 2.5%', () => {
    expect(singleTier(20)[0]!.maintenanceMarginRate).toBe('0.025');
    // The same rate through the engine: 5 × 2,000 = 10,000 of notional needs 2.5% of it, 250.
    expect(maintenanceMargin(position('20'), '2000').toString()).toBe('250');
  });

  // Trading › Liquidations, https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations :
  // "the maintenance margin is between 1% (for 50x max leverage assets) and 16.7% (for 3x max
  // leverage assets)" (an earlier copy of the page: "1.25% (for 40x max leverage assets)").
  it('Liquidations: 50x → 1%, 40x → 1.25%, 3x → 16.7% (the docs round to a tenth of a percent)', () => {
    expect(singleTier(50)[0]!.maintenanceMarginRate).toBe('0.01');
    expect(singleTier(40)[0]!.maintenanceMarginRate).toBe('0.0125');
    const threeX = new Decimal(singleTier(3)[0]!.maintenanceMarginRate as string);
    expect(threeX.times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toString()).toBe('16.7');
    // Exactly 1/6, not the rounded 16.7%: the engine keeps the rate the rule defines.
    expect(threeX.times(6).minus(1).abs().lte('1e-38')).toBe(true);
    expect(maintenanceMargin(position('50'), '2000').toString()).toBe('100');
  });
});
