import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { binanceBtcusdtTiers, liquidationPrice, ruleSetInfo } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { replayOptionsOf } from './engine-inputs-from-scenario';
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

describe('stop and take-profit triggers', () => {
  const withStop = (rules: 'binance-usdm' | 'hyperliquid', trigger?: 'mark' | 'last') =>
    scenarioInputSchema.shape.position.parse({
      ...validScenario().position,
      rules,
      ...(rules === 'hyperliquid' ? { maintenance: { kind: 'max-leverage' }, maxLeverage: '40' } : {}),
      stopLoss: trigger === undefined ? { price: '57000' } : { price: '57000', trigger },
      takeProfit: { price: '66000' },
    });

  it("follow the venue's default trigger price when none is named: last on Binance, mark on Hyperliquid", () => {
    expect(replayOptionsOf(withStop('binance-usdm')).stopLoss?.trigger).toBe('last');
    expect(replayOptionsOf(withStop('binance-usdm')).takeProfit?.trigger).toBe('last');
    expect(replayOptionsOf(withStop('hyperliquid')).stopLoss?.trigger).toBe('mark');
  });

  it('keep a trigger the trader named', () => {
    expect(replayOptionsOf(withStop('binance-usdm', 'mark')).stopLoss?.trigger).toBe('mark');
    expect(replayOptionsOf(withStop('hyperliquid', 'last')).stopLoss?.trigger).toBe('last');
  });

  it("are the venue's default in every preset with a stop, as for a trader who kept it", () => {
    const withStops = sandboxPresets.filter((p) => p.stopLoss !== undefined);
    expect(withStops.length).toBeGreaterThan(0);
    for (const preset of withStops) {
      const scenario = scenarioFromPreset(preset);
      expect(scenario.position.stopLoss?.trigger, preset.id).toBe(
        ruleSetInfo(preset.position.rules).stopTriggerDefault,
      );
    }
  });
});

describe('the venue’s liquidation fee', () => {
  const withRules = (rules: 'binance-usdm' | 'okx-linear' | 'gate-linear' | 'bybit-linear', enabled = true) =>
    scenarioInputSchema.shape.position.parse({
      ...validScenario().position,
      rules,
      fees: { enabled },
    });

  it('OKX and Gate charge the taker rate on what the liquidation closes; Bybit none; Binance unconfirmed, so none', () => {
    expect(replayOptionsOf(withRules('okx-linear')).fees?.liquidationFeeRate).toBe('0.0005');
    expect(replayOptionsOf(withRules('gate-linear')).fees?.liquidationFeeRate).toBe('0.0005');
    expect(replayOptionsOf(withRules('bybit-linear')).fees?.liquidationFeeRate).toBeUndefined();
    expect(replayOptionsOf(withRules('binance-usdm')).fees?.liquidationFeeRate).toBeUndefined();
  });

  it('with the fee switch off, no fee of any kind', () => {
    expect(replayOptionsOf(withRules('okx-linear', false)).fees).toBeUndefined();
  });
});
