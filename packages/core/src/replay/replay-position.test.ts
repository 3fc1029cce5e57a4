import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { LiquidationError } from '../errors';
import { namedPath } from '../paths/named-path';
import { MS_PER_HOUR } from '../paths/price-path';
import { liquidationPrice } from '../perpetual/liquidation-price';
import type { PositionSpec } from '../types';
import { replayPosition } from './replay-position';
import { pathOf } from './test-paths';
import { binanceLong10x as long } from './test-positions';

// Binance USDS-M isolated long, 1 @ 100, 10x: margin 10, MMR 0.5 %.
// LP = (10 − 100) / (0.005 − 1) = 90.4522…; bankruptcy 90; margin ratio 0.8 at p = 72 / 0.795 = 90.566…
const short: PositionSpec = { ...long, side: 'short' };
const LP = new Decimal(-90).div('-0.995');

const types = (r: ReturnType<typeof replayPosition>) => r.events.map((e) => `${e.type}@${e.index}`);

describe('replayPosition — liquidation', () => {
  it('warns, then liquidates at the first tick crossing the liquidation price, closing at that price', () => {
    const r = replayPosition(long, pathOf([100, 95, 91, 90.5, 90.45, 89, 95]));
    expect(types(r)).toEqual(['warning@3', 'liquidation@4']);
    const liq = r.events[1]!;
    expect(liq.price.eq(LP)).toBe(true);
    expect(liq.mark.toString()).toBe('90.45');
    expect(liq.liquidationPrice?.eq(LP)).toBe(true);
    expect(r.outcome).toBe('liquidated');
    expect(r.closedAt).toBe(4);
    // Closed at LP the margin left is exactly the maintenance margin; Binance's rule (its Liquidation and
    // Insurance Fund FAQs) gives it to the insurance fund, so nothing returns and the whole margin is lost.
    expect(r.finalEquity.minus(LP.times('0.005')).abs().lt('1e-35')).toBe(true);
    expect(r.liquidationRemainder?.amount.eq(r.finalEquity)).toBe(true);
    expect(r.liquidationRemainder?.recipient).toBe('insurance-fund');
    expect(r.residual.isZero()).toBe(true);
    expect(r.insuranceFundCover.isZero()).toBe(true);
    expect(r.netPnl.toString()).toBe('-10');
  });

  it('does not liquidate a tick that only touches the price above it', () => {
    const r = replayPosition(long, pathOf([100, 90.46, 90.4523, 100]), { warningRatios: [] });
    expect(r.outcome).toBe('open');
    expect(types(r)).toEqual(['end@3']);
  });

  it('liquidates a short when the mark rises through its liquidation price', () => {
    const shortLp = liquidationPrice(short)!; // (10 + 100) / 1.005 = 109.45…
    const r = replayPosition(short, pathOf([100, 105, 109.4, 109.46, 120]), { warningRatios: [] });
    expect(types(r)).toEqual(['liquidation@3']);
    expect(r.events[0]!.price.eq(shortLp)).toBe(true);
  });

  it('a gap past the bankruptcy price: negative equity, covered by the insurance fund', () => {
    const r = replayPosition(long, pathOf([100, 98, 85, 80]));
    expect(types(r)).toEqual(['warning@2', 'liquidation@2', 'bankruptcy@2', 'negative-equity@2']);
    const [, liq, bk, neg] = r.events;
    expect(liq!.price.toString()).toBe('85');
    expect(liq!.equity.toString()).toBe('-5');
    expect(bk!.price.toString()).toBe('90');
    expect(neg!.deficit!.toString()).toBe('5');
    expect(neg!.coveredBy).toBe('insurance-fund');
    expect(r.residual.isZero()).toBe(true);
    expect(r.insuranceFundCover.toString()).toBe('5');
    // The trader loses the margin and nothing more.
    expect(r.netPnl.toString()).toBe('-10');
  });

  it('tick-mark fill: a gap past the liquidation price costs the gap', () => {
    const r = replayPosition(long, pathOf([100, 90.2]), { liquidationFill: 'tick-mark', warningRatios: [] });
    expect(r.events[0]!.price.toString()).toBe('90.2');
    expect(r.liquidationRemainder?.amount.toString()).toBe('0.2');
  });

  it('bankruptcy-price settlement (Bybit): the trader loses the whole margin even without a gap', () => {
    const r = replayPosition(long, pathOf([100, 90.4]), {
      liquidationFill: 'bankruptcy-price',
      warningRatios: [],
    });
    expect(r.events[0]!.price.toString()).toBe('90');
    expect(r.residual.isZero()).toBe(true);
    expect(r.insuranceFundCover.isZero()).toBe(true);
  });

  it('charges the liquidation fee, capped at what is left', () => {
    const fees = { takerFeeRate: 0, liquidationFeeRate: '0.004', openFee: false };
    const r = replayPosition(long, pathOf([100, 90.4]), { fees, warningRatios: [] });
    // Notional at LP × 0.4 % = 0.3618… < equity 0.4523…
    expect(r.events[0]!.fee!.eq(LP.times('0.004'))).toBe(true);
    expect(r.liquidationRemainder!.amount.minus(LP.times('0.001')).abs().lt('1e-35')).toBe(true);
    const big = replayPosition(long, pathOf([100, 90.4]), {
      fees: { ...fees, liquidationFeeRate: '0.01' },
      warningRatios: [],
    });
    expect(big.liquidationRemainder!.amount.isZero()).toBe(true);
    expect(big.totalFees.minus(LP.times('0.005')).abs().lt('1e-35')).toBe(true);
  });
});

describe('replayPosition — orders', () => {
  it('a stop-loss between entry and the liquidation price fills before liquidation', () => {
    const r = replayPosition(long, pathOf([100, 97, 94, 89]), { stopLoss: { price: 95 } });
    expect(types(r)).toEqual(['stop-loss@2']);
    expect(r.events[0]!.price.toString()).toBe('94'); // the tick gapped past 95: filled at the tick
    expect(r.outcome).toBe('stopped-out');
    expect(r.residual.toString()).toBe('4');
    expect(r.netPnl.toString()).toBe('-6');
  });

  it('applies slippage: fixed bps, or a fraction of the gap', () => {
    const bps = replayPosition(long, pathOf([100, 94]), {
      stopLoss: { price: 95 },
      slippage: { kind: 'bps', bps: 10 },
    });
    expect(bps.events[0]!.price.toString()).toBe('93.906');
    const gap = replayPosition(long, pathOf([100, 94]), {
      stopLoss: { price: 95 },
      slippage: { kind: 'gap-fraction', fraction: '0.5' },
    });
    expect(gap.events[0]!.price.toString()).toBe('93.5');
    const shortGap = replayPosition(short, pathOf([100, 106]), {
      stopLoss: { price: 105 },
      slippage: { kind: 'gap-fraction', fraction: '0.5' },
    });
    expect(shortGap.events[0]!.price.toString()).toBe('106.5');
  });

  it('a stop on last fires on a path without a separate last price (last = mark)', () => {
    const r = replayPosition(long, pathOf([100, 96, 94.5, 93]), { stopLoss: { price: 95, trigger: 'last' } });
    expect(types(r)).toEqual(['stop-loss@2']);
    const tp = replayPosition(short, pathOf([100, 96, 94.5, 93]), {
      takeProfit: { price: 95, trigger: 'last' },
    });
    expect(types(tp)).toEqual(['take-profit@2']);
  });

  it('when one tick crosses both the stop and the liquidation price, liquidation wins', () => {
    const r = replayPosition(long, pathOf([100, 89]), { stopLoss: { price: 95 }, warningRatios: [] });
    expect(types(r)).toEqual(['liquidation@1', 'bankruptcy@1', 'negative-equity@1']);
  });

  it('takes profit at the first tick through the target, with the closing fee', () => {
    const r = replayPosition(long, pathOf([100, 104, 106, 110]), {
      takeProfit: { price: 105 },
      fees: { takerFeeRate: '0.0005' },
    });
    expect(types(r)).toEqual(['take-profit@2']);
    expect(r.events[0]!.fee!.toString()).toBe('0.053');
    // Isolated: the opening fee (0.05) was paid from the wallet; the close fee from the position.
    expect(r.residual.toString()).toBe('15.947');
    expect(r.totalFees.toString()).toBe('0.103');
    expect(r.netPnl.toString()).toBe('5.897');
  });

  it('mark vs last: a last-price wick fills a stop on last, a stop on mark survives it', () => {
    const path = namedPath('flash-crash-wick', { seed: 'lesson', startPrice: 100 });
    const spec: PositionSpec = { ...long, leverage: '5' }; // LP ≈ 80.4: the mark dip of 6 % is harmless
    const onLast = replayPosition(spec, path, {
      stopLoss: { price: 90, trigger: 'last' },
      warningRatios: [],
    });
    const onMark = replayPosition(spec, path, {
      stopLoss: { price: 90, trigger: 'mark' },
      warningRatios: [],
    });
    expect(onLast.outcome).toBe('stopped-out');
    expect(onLast.events[0]!.price.toNumber()).toBeLessThan(90);
    expect(onMark.outcome).toBe('open');
  });
});

describe('replayPosition — lesson paths', () => {
  it('choppy range: a tight stop inside the range is hit, a stop outside it never is', () => {
    const path = namedPath('choppy-range', { seed: 'lesson', rangePercent: 3 });
    expect(replayPosition(long, path, { stopLoss: { price: 98 } }).outcome).toBe('stopped-out');
    expect(replayPosition(long, path, { stopLoss: { price: 96.9 } }).outcome).toBe('open');
  });

  it('short squeeze: a 10x short is liquidated, a 2x short survives', () => {
    const path = namedPath('short-squeeze-after-new-high', { seed: 'lesson' });
    expect(replayPosition(short, path).outcome).toBe('liquidated');
    expect(replayPosition({ ...short, leverage: '2' }, path).outcome).toBe('open');
  });

  it('slow bleed: a 5x long is worn down to liquidation with warnings first', () => {
    const path = namedPath('slow-bleed', { seed: 'lesson', declinePercent: 30 });
    const r = replayPosition({ ...long, leverage: '5' }, path, { funding: { rate: '0.0001' } });
    expect(r.outcome).toBe('liquidated');
    const firstWarning = r.events.findIndex((e) => e.type === 'warning');
    expect(firstWarning).toBeGreaterThan(-1);
    expect(firstWarning).toBeLessThan(r.events.findIndex((e) => e.type === 'liquidation'));
  });
});

describe('replayPosition — funding and fees', () => {
  const flat = pathOf([100, 100, 100, 100, 100, 100, 100], { stepMs: 30 * 60_000 });

  it('pays funding at each interval boundary; it lowers the margin and raises a long’s liquidation price', () => {
    const r = replayPosition(long, flat, { funding: { rate: '0.001', intervalMs: MS_PER_HOUR } });
    expect(types(r)).toEqual(['funding@2', 'funding@4', 'funding@6', 'end@6']);
    expect(r.events.slice(0, 3).map((e) => e.amount!.toString())).toEqual(['-0.1', '-0.1', '-0.1']);
    expect(r.events[2]!.equity.toString()).toBe('9.7');
    expect(r.events[2]!.liquidationPrice!.eq(new Decimal('-90.3').div('-0.995'))).toBe(true);
    expect(r.totalFunding.toString()).toBe('-0.3');
    expect(r.residual.toString()).toBe('9.7');
  });

  it('a short receives it', () => {
    const r = replayPosition(short, flat, { funding: { rate: '0.001', intervalMs: MS_PER_HOUR } });
    expect(r.totalFunding.toString()).toBe('0.3');
  });

  it('funding alone can liquidate: the same tick re-checks against the moved liquidation price', () => {
    const r = replayPosition(long, flat, {
      funding: { rate: (_t, k) => (k === 0 ? '0.09' : '0'), intervalMs: MS_PER_HOUR },
    });
    // Margin 10 − 9 = 1: LP = (1 − 100) / −0.995 = 99.497… < 100: safe. Warning: ratio = 0.5 / 1 ≥ 0.8? no.
    expect(r.outcome).toBe('open');
    const r2 = replayPosition(long, flat, {
      funding: { rate: (_t, k) => (k === 1 ? '0.0996' : '0'), intervalMs: MS_PER_HOUR },
    });
    expect(types(r2)).toEqual(['funding@2', 'funding@4', 'warning@4', 'liquidation@4']);
  });

  it('cross margin pays the opening fee from the wallet, which moves the liquidation price', () => {
    const cross: PositionSpec = { ...long, marginMode: 'cross', walletBalance: '10' };
    delete (cross as { leverage?: unknown }).leverage;
    const withFee = replayPosition(cross, pathOf([100, 100]), { fees: { takerFeeRate: '0.001' } });
    expect(withFee.events.at(-1)!.liquidationPrice!.eq(new Decimal('-90.1').div('-0.995'))).toBe(true);
    expect(withFee.residual.toString()).toBe('9.8');
  });
});

describe('replayPosition — options', () => {
  it('fires each warning level once, in increasing order, even on one gap', () => {
    const r = replayPosition(long, pathOf([100, 93, 90.6, 91, 90.55, 95]), { warningRatios: ['0.8', 0.1] });
    // ratio = 0.005p / (p − 90): 0.1 at p = 9/0.095 = 94.7…, 0.8 at 90.566
    expect(types(r)).toEqual(['warning@1', 'warning@4', 'end@5']);
    expect(r.events.map((e) => e.level?.toString())).toEqual(['0.1', '0.8', undefined]);
  });

  it('events are ordered by tick', () => {
    const path = namedPath('gbm', {
      seed: 3,
      startPrice: 100,
      annualVolatility: 1.5,
      horizonDays: 60,
      steps: 5000,
    });
    const r = replayPosition(long, path, { warningRatios: [0.3, 0.6, 0.9], funding: { rate: '0.0001' } });
    for (let k = 1; k < r.events.length; k++)
      expect(r.events[k]!.index).toBeGreaterThanOrEqual(r.events[k - 1]!.index);
  });

  it.each([
    [{ warningRatios: [1] }, 'warningRatios[0]'],
    [{ stopLoss: { price: 0 } }, 'stopLoss.price'],
    [{ fees: {} }, 'fees.takerFeeRate'],
    [{ funding: { rate: 0.001, intervalMs: 0 } }, 'funding.intervalMs'],
    [{ slippage: { kind: 'bps' as const, bps: -1 } }, 'slippage.bps'],
  ])('rejects %o', (options, field) => {
    expect(() => replayPosition(long, pathOf([100, 100]), options)).toThrow(
      expect.objectContaining({ field }),
    );
  });

  it('rejects a malformed path', () => {
    const bad = pathOf([100, 100]);
    bad.t[1] = 0;
    expect(() => replayPosition(long, bad)).toThrow(LiquidationError);
  });
});

describe('replayPosition — inverse (coin-margined)', () => {
  const coinm: PositionSpec = {
    rules: 'binance-coinm',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '50000',
    quantity: '10',
    contractSize: '100',
    leverage: '10',
    maintenanceMarginRate: '0.004',
  };

  it('pays funding in the coin and liquidates at the first tick through the liquidation price', () => {
    const lp = liquidationPrice(coinm)!;
    const marks = [50000, 50000, 48000, lp.toNumber() * 1.0001, lp.toNumber() * 0.9999];
    const r = replayPosition(coinm, pathOf(marks, { stepMs: MS_PER_HOUR }), {
      warningRatios: [],
      liquidationFill: 'tick-mark',
    });
    expect(types(r)).toEqual(['liquidation@4']);
    const funded = replayPosition(coinm, pathOf([50000, 50000], { stepMs: MS_PER_HOUR }), {
      funding: { rate: '0.0001', intervalMs: MS_PER_HOUR },
    });
    // 10 × 100 USD / 50 000 = 0.02 BTC notional; 0.01 % of it.
    expect(funded.events[0]!.amount!.toString()).toBe('-0.000002');
    expect(funded.residual.toString()).toBe('0.001998');
  });
});
