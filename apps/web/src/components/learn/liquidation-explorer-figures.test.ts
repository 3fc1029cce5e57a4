import { ALL_RULES, Decimal, formatDecimal } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import {
  type ExplorerInputs,
  explorerFigures,
  explorerInputsFromProps,
  explorerOptions,
  explorerUnits,
  withExplorerRules,
} from './liquidation-explorer-figures';

const base: ExplorerInputs = {
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '60000',
  quantity: '1',
  leverage: '10',
  margin: '',
  walletBalance: '10000',
  maintenanceMarginRate: '0.005',
  useTiers: false,
  contractSize: '',
  takerFeeRate: '0.0005',
  markPrice: '57000',
};

describe('explorerFigures', () => {
  it('matches the lessons’ 10× long: liquidation near 54,271.36, bankruptcy 54,000', () => {
    const r = explorerFigures(base);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.liquidation?.toFixed(2)).toBe('54271.36');
    expect(r.value.bankruptcy?.toString()).toBe('54000');
    expect(r.value.equityAtMark.toString()).toBe('3000');
    expect(r.value.maintenanceAtMark.toString()).toBe('285');
  });

  it('moves the liquidation price away with cross margin and added margin', () => {
    const cross = explorerFigures({ ...base, marginMode: 'cross' });
    const added = explorerFigures({ ...base, margin: '8000' });
    if (!cross.ok || !added.ok) throw new Error('unexpected');
    expect(cross.value.liquidation?.toFixed(2)).toBe('50251.26');
    expect(added.value.liquidation!.lt(54271)).toBe(true);
  });

  it('names the tier used with the Binance table', () => {
    const r = explorerFigures({ ...base, useTiers: true });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.tier).not.toBeNull();
  });

  it('puts a bad leverage on the leverage field', () => {
    const r = explorerFigures({ ...base, leverage: '0' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.field).toBe('leverage');
  });
});

describe('every option the explorer offers', () => {
  // Lesson 2's explorer as it opens; every other option is reached from it the way a learner does.
  const opening = explorerInputsFromProps({
    rules: 'binance-usdm',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '60000',
    quantity: '1',
    leverage: '10',
    maintenanceMarginRate: '0.005',
  });
  const combinations = explorerOptions(opening).rules.flatMap((rules) => {
    const switched = withExplorerRules(opening, rules);
    const options = explorerOptions(switched);
    return (['long', 'short'] as const).flatMap((side) =>
      options.marginModes.flatMap((marginMode) =>
        (options.tiers ? [false, true] : [false]).map(
          (useTiers): ExplorerInputs => ({ ...switched, side, marginMode, useTiers }),
        ),
      ),
    );
  });

  it('covers every rule set of the catalog, both sides and cross where a venue publishes it', () => {
    expect(new Set(combinations.map((c) => c.rules)).size).toBe(ALL_RULES.length);
    expect(combinations.some((c) => c.rules === 'binance-coinm' && c.marginMode === 'cross')).toBe(true);
    expect(combinations.some((c) => c.rules === 'okx-linear' && c.marginMode === 'cross')).toBe(false);
  });

  it.each(combinations.map((c) => [`${c.rules} ${c.side} ${c.marginMode}${c.useTiers ? ' tiers' : ''}`, c]))(
    '%s prices: real figures, no error, margin above zero as shown',
    (_, inputs) => {
      const result = explorerFigures(inputs);
      if (!result.ok) throw new Error(`${result.field}: ${result.message}`);
      const f = result.value;
      const units = explorerUnits(inputs.rules);
      expect(f.collateral.gt(0)).toBe(true);
      // The margin as the widget prints it is not "0.00": inverse margins are shown in the coin.
      expect(formatDecimal(f.collateral, { digits: units.marginDigits })).not.toMatch(/^[0.,]+$/);
      expect(f.liquidation).not.toBeNull();
      expect(f.bankruptcy).not.toBeNull();
      // The liquidation price lies on the losing side of the entry, before the bankruptcy price.
      const entry = new Decimal(inputs.entryPrice);
      if (inputs.side === 'long') {
        expect(f.liquidation!.lt(entry)).toBe(true);
        expect(f.liquidation!.gte(f.bankruptcy!)).toBe(true);
      } else {
        expect(f.liquidation!.gt(entry)).toBe(true);
        expect(f.liquidation!.lte(f.bankruptcy!)).toBe(true);
      }
      // At the entry the position is open: equity is the margin and stays above maintenance.
      const atEntry = explorerFigures({ ...inputs, markPrice: inputs.entryPrice });
      if (!atEntry.ok) throw new Error(atEntry.message);
      expect(atEntry.value.equityAtMark.gt(atEntry.value.maintenanceAtMark)).toBe(true);
      expect(atEntry.value.equityAtMark.toFixed()).toBe(f.collateral.toFixed());
    },
  );

  it('keeps the position the same size in USD when switching to and from coin-margined rules', () => {
    const coinm = withExplorerRules(opening, 'binance-coinm');
    expect(coinm.quantity).toBe('600'); // 60,000 USD in 100-USD contracts
    expect(coinm.walletBalance).toBe('0.16666667'); // 10,000 USDT at 60,000 in BTC
    const back = withExplorerRules(coinm, 'binance-usdm');
    expect(back.quantity).toBe('1');
    expect(withExplorerRules(opening, 'bybit-inverse').quantity).toBe('60000');
  });

  it('drops what a rule set does not offer: cross on OKX, the Binance tier table elsewhere', () => {
    const cross = withExplorerRules({ ...opening, marginMode: 'cross', useTiers: true }, 'okx-linear');
    expect(cross.marginMode).toBe('isolated');
    expect(cross.useTiers).toBe(false);
  });
});
