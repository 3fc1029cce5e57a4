import { describe, expect, it } from 'vitest';
import { compareExchanges } from './exchange-comparison-figures';

const inputs = {
  side: 'long' as const,
  entryPrice: '60000',
  quantity: '1',
  leverage: '10',
  maintenanceMarginRate: '0.005',
  takerFeeRate: '0.0005',
  useOwnTiers: false,
};

describe('compareExchanges', () => {
  it('puts Binance, Bybit and OKX side by side with differences from the first column', () => {
    const [binance, bybit, okx] = compareExchanges(['binance-usdm', 'bybit-linear', 'okx-linear'], inputs);
    if (!binance?.result.ok || !bybit?.result.ok || !okx?.result.ok) throw new Error('unexpected');
    expect(binance.result.value.liquidation?.toFixed(2)).toBe('54271.36');
    expect(binance.result.value.difference?.isZero()).toBe(true);
    expect(bybit.result.value.liquidation?.toString()).toBe('54300');
    expect(bybit.result.value.difference?.toFixed(2)).toBe('28.64');
    // OKX adds the taker fee to the maintenance rate, so it liquidates above Binance.
    expect(okx.result.value.liquidation?.toFixed(2)).toBe('54298.64');
  });

  it('uses the Binance tier table only where the engine has one', () => {
    const [binance, bybit] = compareExchanges(['binance-usdm', 'bybit-linear'], {
      ...inputs,
      useOwnTiers: true,
    });
    expect(binance?.result.ok && binance.result.value.usesTiers).toBe(true);
    expect(bybit?.result.ok && bybit.result.value.usesTiers).toBe(false);
  });
});
