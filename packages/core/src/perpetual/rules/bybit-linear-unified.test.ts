import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal';
import type { PositionSpec } from '../../types';
import { liquidationPrice } from '../liquidation-price';
import { marginRatio } from '../margin-ratio';
import { parseVenueTiers } from '../venue-tiers/parse-venue-tiers';
import { bybitResponse } from '../venue-tiers/venue-table-fixtures';

// 1 BTC long at 50,000, 10x (margin 5,000), MMR 0.5%, no deduction.
const base: PositionSpec = {
  rules: 'bybit-linear-unified',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '50000',
  quantity: '1',
  leverage: '10',
  maintenanceMarginRate: '0.005',
};

describe('bybit-linear-unified: maintenance margin valued at the mark', () => {
  it('long: margin + PnL meets size × LP × MMR, so LP = (50,000 − 5,000) / 0.995', () => {
    const expected = new Decimal(45_000).div('0.995');
    expect(liquidationPrice(base)?.toString()).toBe(expected.toString());
    // The classic account values the requirement at entry: 50,000 − (5,000 − 250) = 45,250.
    expect(liquidationPrice({ ...base, rules: 'bybit-linear' })?.toString()).toBe('45250');
  });

  it('short: LP = (50,000 + 5,000) / 1.005', () => {
    const expected = new Decimal(55_000).div('1.005');
    expect(liquidationPrice({ ...base, side: 'short' })?.toString()).toBe(expected.toString());
  });

  it('the margin ratio at the mark is 1 at the liquidation price (within 40-digit rounding)', () => {
    for (const side of ['long', 'short'] as const) {
      const spec = { ...base, side };
      expect(marginRatio(spec, liquidationPrice(spec)!).minus(1).abs().lte('1e-30')).toBe(true);
    }
  });

  it('with a risk-limit table the tier follows the value at the liquidation price (a short grows into tier 2)', () => {
    const tiers = parseVenueTiers(bybitResponse(), { venue: 'bybit' });
    // 39 BTC short at 50,000 = 1,950,000 (tier 1 at entry), 2x: the liquidation value is above 2,000,000.
    const { maintenanceMarginRate: _m, ...rest } = base;
    const spec: PositionSpec = { ...rest, side: 'short', quantity: '39', leverage: '2', tiers };
    const price = liquidationPrice(spec)!;
    expect(price.times(39).gt(2_000_000)).toBe(true);
    // Tier 2's closed form: (q × entry + margin + deduction) / (q × (1 + 0.01)).
    const expected = new Decimal(39 * 50_000).plus(975_000).plus(10_000).div(new Decimal(39).times('1.01'));
    expect(price.toString()).toBe(expected.toString());
    expect(marginRatio(spec, price).minus(1).abs().lte('1e-30')).toBe(true);
  });
});
