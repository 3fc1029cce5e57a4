import { describe, expect, it } from 'vitest';
import { type ExplorerInputs, explorerFigures } from './liquidation-explorer-figures';

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
