import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { liquidationPrice } from '../perpetual/liquidation-price';
import type { PositionSpec, Rules } from '../types';
import { replayPosition } from './replay-position';
import { pathOf } from './test-paths';
import { binanceLong10x } from './test-positions';

// Each test names the venue's published rule it checks (the sources are cited in
// perpetual/rules/liquidation-settlement.ts). 1 @ 100, 10×: margin 10; the path falls through the
// liquidation price without gapping past the bankruptcy price (90), so margin is left at the fill.
const isolated = (rules: Rules): PositionSpec => ({
  ...binanceLong10x,
  rules,
  // Bybit, OKX and Gate put the fee to close into their liquidation price; a zero fee keeps the paths simple.
  takerFeeRate: '0',
});
const fallThrough = pathOf([100, 95, 90.4]);

describe('replayPosition — who receives the margin left at a liquidation', () => {
  it('Binance USDS-M isolated: the insurance fund takes it (Liquidation FAQ: small positions are bankrupt before the liquidation; Insurance Fund FAQ: the fund collects the liquidation fees)', () => {
    const r = replayPosition(isolated('binance-usdm'), fallThrough, { warningRatios: [] });
    expect(r.outcome).toBe('liquidated');
    expect(r.liquidationRemainder?.amount.gt(0)).toBe(true);
    expect(r.liquidationRemainder?.recipient).toBe('insurance-fund');
    expect(r.residual.isZero()).toBe(true);
    expect(r.netPnl.toString()).toBe('-10');
  });

  it('Binance USDS-M cross: the same rule, the account keeps nothing of what the position left', () => {
    const spec: PositionSpec = { ...isolated('binance-usdm'), marginMode: 'cross', walletBalance: '10' };
    const r = replayPosition(spec, fallThrough, { warningRatios: [] });
    expect(r.outcome).toBe('liquidated');
    expect(r.liquidationRemainder?.recipient).toBe('insurance-fund');
    expect(r.residual.isZero()).toBe(true);
  });

  it('Bybit linear and Gate: settled at the bankruptcy price, the surplus is added to the insurance fund (Bybit and Gate insurance-fund help pages)', () => {
    for (const rules of ['bybit-linear', 'gate-linear'] as const) {
      const r = replayPosition(isolated(rules), fallThrough, { warningRatios: [] });
      expect(r.outcome).toBe('liquidated');
      expect(r.liquidationRemainder?.recipient).toBe('insurance-fund');
      expect(r.residual.isZero()).toBe(true);
    }
  });

  it('OKX: no published rule for the margin left after its clearance fee — unconfirmed, and not counted as returned', () => {
    const r = replayPosition(isolated('okx-linear'), fallThrough, { warningRatios: [] });
    expect(r.outcome).toBe('liquidated');
    expect(r.liquidationRemainder?.recipient).toBe('unconfirmed');
    expect(r.liquidationRemainder?.amount.gt(0)).toBe(true);
    expect(r.residual.isZero()).toBe(true);
  });

  describe('Hyperliquid (docs "Liquidations")', () => {
    // max leverage 20 → maintenance 1/40 of the notional; liquidation at 90 / 0.975 = 92.307…;
    // 2/3 of the maintenance margin is reached at 90 / (1 − 1/60) = 91.525…
    const spec: PositionSpec = {
      rules: 'hyperliquid',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '100',
      quantity: '1',
      leverage: '10',
      maxLeverage: '20',
    };
    const lp = liquidationPrice(spec)!;

    it('closed through the book: "any remaining collateral remains with the trader"', () => {
      const r = replayPosition(spec, pathOf([100, 95, 92]), { warningRatios: [] });
      expect(r.outcome).toBe('liquidated');
      expect(r.liquidationRemainder?.recipient).toBe('trader');
      // At the liquidation price the margin left is the maintenance margin, 1/40 of the notional.
      expect(r.residual.minus(lp.div(40)).abs().lt('1e-30')).toBe(true);
      expect(r.netPnl.eq(r.residual.minus(10))).toBe(true);
    });

    it('below 2/3 of the maintenance margin the backstop liquidator vault takes it: "the maintenance margin is not returned"', () => {
      const r = replayPosition(spec, pathOf([100, 95, 91]), { warningRatios: [] });
      expect(r.outcome).toBe('liquidated');
      expect(r.liquidationRemainder?.recipient).toBe('liquidator-vault');
      expect(r.liquidationRemainder?.amount.gt(0)).toBe(true);
      expect(r.residual.isZero()).toBe(true);
    });
  });

  it('a stop-loss is not a liquidation: the trader keeps what is left on every venue', () => {
    const r = replayPosition(isolated('binance-usdm'), fallThrough, {
      warningRatios: [],
      stopLoss: { price: 95 },
    });
    expect(r.outcome).toBe('stopped-out');
    expect(r.liquidationRemainder).toBeNull();
    expect(r.residual.eq(new Decimal(5))).toBe(true);
  });
});
