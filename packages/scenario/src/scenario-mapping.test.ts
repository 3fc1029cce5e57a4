import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { binanceBtcusdtTiers, liquidationPrice } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { positionQuantity, positionSpecOf } from './position-spec-from-scenario';
import { pricePathOf } from './price-path-from-scenario';
import { scenarioFromPreset } from './scenario-from-preset';
import { scenarioInputSchema } from './scenario-schema';
import { validScenario } from './testing/scenario-test-fixtures';

const position = scenarioInputSchema.shape.position.parse({
  ...validScenario().position,
  maintenance: { kind: 'tiers', preset: 'binance-btcusdt' },
});

describe('scenario → engine mapping', () => {
  it('converts a quote size to a quantity rounded down (never larger than typed)', () => {
    expect(
      positionQuantity({ ...position, size: { unit: 'quote', notional: '100' }, entryPrice: '30000' }),
    ).toBe('0.003333333333333333');
  });

  it('passes the bundled bracket table itself, so core parses it once', () => {
    expect(positionSpecOf(position).tiers).toBe(binanceBtcusdtTiers);
  });

  it('turns uploaded ticks into the typed arrays core replays, keeping the last price', () => {
    const path = pricePathOf({
      kind: 'ticks',
      ticks: [
        [1, '100', '99'],
        [2, '101'],
      ],
    });
    expect(Array.from(path.mark)).toEqual([100, 101]);
    expect(Array.from(path.last ?? [])).toEqual([99, 101]);
  });

  it('maps every content preset to a valid scenario that the engine prices', () => {
    for (const preset of sandboxPresets) {
      const parsed = scenarioInputSchema.parse(scenarioFromPreset(preset));
      expect(() =>
        liquidationPrice(positionSpecOf(parsed.position), { includeClosingFee: false }),
      ).not.toThrow();
      expect(pricePathOf(parsed.path).mark.length).toBeGreaterThan(10);
    }
  });
});
