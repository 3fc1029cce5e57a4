import { describe, expect, it } from 'vitest';
import { liquidationPrice } from '../perpetual/liquidation-price';
import type { PositionSpec } from '../types';
import { replayCrossAccount } from './replay-cross-account';
import { pathOf } from './test-paths';

const cross: PositionSpec = {
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'cross',
  entryPrice: '100',
  quantity: '1',
  walletBalance: '20',
  maintenanceMarginRate: '0.005',
};

describe('replayCrossAccount', () => {
  it('liquidates at the cross liquidation price; a losing other position (held at its mark) pulls it closer', () => {
    const alone = liquidationPrice(cross)!;
    const withLoser: PositionSpec = {
      ...cross,
      otherPositions: [
        { side: 'short', quantity: '2', entryPrice: '50', markPrice: '52', maintenanceMarginRate: '0.01' },
      ],
    };
    const pulled = liquidationPrice(withLoser)!;
    expect(pulled.gt(alone)).toBe(true);
    const marks = [100, 90, pulled.toNumber() + 0.01, pulled.toNumber() - 0.01, 82];
    expect(replayCrossAccount(cross, pathOf(marks), { warningRatios: [] }).outcome).toBe('open');
    const r = replayCrossAccount(withLoser, pathOf(marks), { warningRatios: [] });
    expect(r.closedAt).toBe(3);
    expect(r.events[0]!.price.eq(pulled)).toBe(true);
  });

  it('refuses an isolated position', () => {
    expect(() =>
      replayCrossAccount({ ...cross, marginMode: 'isolated', leverage: '5' }, pathOf([1, 2])),
    ).toThrow(/cross/);
  });
});
