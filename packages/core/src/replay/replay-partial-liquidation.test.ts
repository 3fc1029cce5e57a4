import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { liquidationPrice } from '../perpetual/liquidation-price';
import { parseVenueTiers } from '../perpetual/venue-tiers/parse-venue-tiers';
import { bybitResponse, okxResponse } from '../perpetual/venue-tiers/venue-table-fixtures';
import type { PositionSpec, Rules } from '../types';
import { replayPosition } from './replay-position';
import { pathOf } from './test-paths';

// Bybit's risk-limit response shape with the shared test figures (deductions continuous).
const bybitTiers = parseVenueTiers(bybitResponse(), { venue: 'bybit' });

const types = (events: { type: string }[]) => events.map((e) => e.type).filter((t) => t !== 'warning');

describe('replayPosition — partial liquidation by the venue’s rule', () => {
  // 100 BTC long at 50,000 = 5,000,000 (tier 3), margin 200,000. Classic Bybit values the requirement
  // at entry: tier 3 MM = 5M × 1.5 % − 30,000 = 45,000, so LP = 50,000 − (200,000 − 45,000) / 100 = 48,450.
  const bybit: PositionSpec = {
    rules: 'bybit-linear',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '50000',
    quantity: '100',
    margin: '200000',
    tiers: bybitTiers,
  };

  it('Bybit steps a tier-3 position down tier by tier, each cut the smallest that leaves it compliant', () => {
    expect(liquidationPrice(bybit)?.toString()).toBe('48450');
    const r = replayPosition(bybit, pathOf([50000, 48400, 48200, 47700]), { warningRatios: [] });
    expect(types(r.events)).toEqual(['partial-liquidation', 'partial-liquidation', 'liquidation']);
    const [first, second, last] = r.events.filter((e) => e.type !== 'warning');
    // Cut 1 at 48,450: down to tier 2's cap, 4,000,000 / 50,000 = 80 BTC; 20 close at −1,550 each.
    expect(first!.price.toString()).toBe('48450');
    expect(first!.closedQuantity?.toString()).toBe('20');
    expect(first!.remainingQuantity?.toString()).toBe('80');
    expect(first!.realizedPnl?.toString()).toBe('-31000');
    expect([first!.tierFrom, first!.tierTo]).toEqual([2, 1]);
    // What is left: margin 169,000, tier 2 MM = 4M × 1 % − 10,000 = 30,000 → LP = 50,000 − 139,000 / 80.
    expect(first!.liquidationPrice?.toString()).toBe('48262.5');
    // Cut 2 at 48,262.5: down to tier 1's cap, 40 BTC; 40 close at −1,737.5 each.
    expect(second!.price.toString()).toBe('48262.5');
    expect(second!.closedQuantity?.toString()).toBe('40');
    expect(second!.realizedPnl?.toString()).toBe('-69500');
    expect([second!.tierFrom, second!.tierTo]).toEqual([1, 0]);
    // Margin 99,500, tier 1 MM = 2M × 0.5 % = 10,000 → LP = 50,000 − 89,500 / 40 = 47,762.5: the lowest
    // tier is liquidated in full.
    expect(last!.price.toString()).toBe('47762.5');
    expect(r.outcome).toBe('liquidated');
  });

  it('Bybit: a deeper mark skips straight to the lower tier that leaves the rest compliant', () => {
    // At 48,100, cut to 80 BTC: margin 169,000 + 80 × (−1,900) = 17,000 < tier 2's 30,000; cut to 40 BTC:
    // margin 200,000 − 60 × 1,550 = 107,000, + 40 × (−1,900) = 31,000 ≥ tier 1's 10,000.
    const r = replayPosition(bybit, pathOf([50000, 48100]), { warningRatios: [] });
    const cut = r.events.find((e) => e.type === 'partial-liquidation')!;
    expect(cut.closedQuantity?.toString()).toBe('60');
    expect([cut.tierFrom, cut.tierTo]).toEqual([2, 0]);
  });

  it('Bybit: when no lower tier leaves the rest compliant, the position is liquidated in full', () => {
    // Filled at the mark 48,010 the equity stays 200,000 − 100 × 1,990 = 1,000 whatever is cut: below
    // even tier 1's requirement for the smallest remainder (10,000 for 40 BTC).
    const r = replayPosition(bybit, pathOf([50000, 48010]), {
      warningRatios: [],
      liquidationFill: 'tick-mark',
    });
    expect(types(r.events)).toEqual(['liquidation']);
  });

  it('the step-down can be switched off', () => {
    const r = replayPosition(bybit, pathOf([50000, 48400]), {
      warningRatios: [],
      partialLiquidation: { enabled: false },
    });
    expect(types(r.events)).toEqual(['liquidation']);
  });

  it.each<Rules>(['binance-usdm', 'gate-linear'])(
    '%s: the venue publishes no size for its reduction (unconfirmed), so a large position is liquidated in full',
    (rules) => {
      const spec: PositionSpec = {
        rules,
        side: 'long',
        marginMode: 'isolated',
        entryPrice: '50000',
        quantity: '100',
        margin: '200000',
        maintenanceMarginRate: '0.015',
        takerFeeRate: '0',
      };
      const lp = liquidationPrice(spec)!;
      const r = replayPosition(spec, pathOf([50000, lp.minus(1).toNumber()]), { warningRatios: [] });
      expect(types(r.events)).toEqual(['liquidation']);
    },
  );

  it('OKX (Forced Partial or Full Liquidation): from tier 3 the position is cut to tier 1’s maximum', () => {
    // OKX's published ETHUSDT tiers (2021-06-11), face value 0.1 ETH: tier 1 ends at 3,000 contracts.
    const tiers = parseVenueTiers(okxResponse(), { venue: 'okx', contractSize: '0.1' });
    // 10,000 contracts = 1,000 ETH at 2,000, margin 40,000; fee left out to keep the arithmetic plain.
    const spec: PositionSpec = {
      rules: 'okx-linear',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '2000',
      quantity: '1000',
      margin: '40000',
      takerFeeRate: '0',
      tiers,
    };
    const lp = liquidationPrice(spec)!;
    const r = replayPosition(spec, pathOf([2000, lp.minus(1).toNumber()]), {
      warningRatios: [],
      partialLiquidation: { lotSize: '0.1' },
    });
    const cut = r.events.find((e) => e.type === 'partial-liquidation')!;
    // 10,000 − 3,000 = 7,000 contracts close: 700 ETH, 300 ETH (3,000 contracts) stay.
    expect(cut.closedQuantity?.toString()).toBe('700');
    expect(cut.remainingQuantity?.toString()).toBe('300');
    expect([cut.tierFrom, cut.tierTo]).toEqual([2, 0]);
  });

  describe('Hyperliquid (docs "Liquidations"): 20 % above 100k USDC, then a 30-second cool-down', () => {
    // 10 BTC at 50,000 = 500,000 USDC, max leverage 20 (maintenance 2.5 %), margin 50,000.
    const spec: PositionSpec = {
      rules: 'hyperliquid',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '50000',
      quantity: '10',
      margin: '50000',
      maxLeverage: '20',
    };
    const lp = liquidationPrice(spec)!.toNumber();

    it('a cut of 20 % at the liquidation price leaves 80 % compliant; a later touch after the cool-down cuts again', () => {
      // Just below the price, then 60 s later (after the cool-down) 3 % lower.
      const path = pathOf([50000, lp - 0.001, lp * 0.97]);
      const r = replayPosition(spec, path, { warningRatios: [] });
      const cuts = r.events.filter((e) => e.type === 'partial-liquidation');
      expect(cuts[0]!.closedQuantity?.toString()).toBe('2');
      expect(cuts[0]!.remainingQuantity?.toString()).toBe('8');
      expect(cuts[0]!.index).toBe(1);
      expect(cuts[1]?.index).toBe(2);
      expect(cuts[1]?.remainingQuantity?.toString()).toBe('6.4');
    });

    it('still liquidatable within the cool-down: the rest is liquidated in full', () => {
      const path = pathOf([50000, lp - 0.001, lp * 0.97], { stepMs: 10_000 });
      const r = replayPosition(spec, path, { warningRatios: [] });
      expect(types(r.events)).toEqual(['partial-liquidation', 'liquidation']);
      expect(r.events.find((e) => e.type === 'liquidation')!.index).toBe(2);
    });
  });

  it('a position too small to step down replays exactly as with the step-down off', () => {
    const small: PositionSpec = { ...bybit, quantity: '10', margin: '20000' };
    const path = pathOf([50000, 49000, 47000, 45000, 40000]);
    const on = replayPosition(small, path, { fees: { takerFeeRate: '0.0006', liquidationFeeRate: '0.005' } });
    const off = replayPosition(small, path, {
      fees: { takerFeeRate: '0.0006', liquidationFeeRate: '0.005' },
      partialLiquidation: { enabled: false },
    });
    expect(on).toEqual(off);
    expect(on.outcome).toBe('liquidated');
  });

  it('the fee and the realised PnL of a cut stay in the account’s figures', () => {
    const r = replayPosition(bybit, pathOf([50000, 48400, 48200, 47700]), {
      warningRatios: [],
      fees: { takerFeeRate: '0', liquidationFeeRate: '0.001' },
    });
    const cut = r.events.find((e) => e.type === 'partial-liquidation')!;
    // 20 BTC at 48,450 = 969,000 of notional × 0.1 %.
    expect(cut.fee?.toString()).toBe('969');
    const feesOfEvents = r.events.reduce((sum, e) => sum.plus(e.fee ?? 0), new Decimal(0));
    expect(r.totalFees.toString()).toBe(feesOfEvents.toString());
  });
});
