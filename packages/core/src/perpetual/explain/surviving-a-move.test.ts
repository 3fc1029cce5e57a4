import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal';
import type { PositionSpec } from '../../types';
import { liquidationPrice } from '../liquidation-price';
import { marginRatio } from '../margin-ratio';
import { binanceBtcusdtTiers } from '../presets/binance-btcusdt-tiers';
import { survivingAMove } from './surviving-a-move';

const LONG: PositionSpec = {
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '60000',
  quantity: '1',
  leverage: '20',
  tiers: binanceBtcusdtTiers,
};

describe('survivingAMove', () => {
  it('a 10% drop liquidates a 20x long; the margin and leverage it names sit exactly on the edge', () => {
    const move = survivingAMove(LONG, '54000');
    expect(move.liquidated).toBe(true);
    expect(move.stopWindow).toBeNull();
    // With exactly the margin needed the ratio at 54,000 is 1: the edge, not yet survival.
    const edge = { ...LONG, margin: move.marginNeeded.toString() };
    expect(marginRatio(edge, '54000').toString()).toBe('1');
    expect(move.addedMargin.eq(move.marginNeeded.minus(3000))).toBe(true);
    // A little more margin survives, a little less does not.
    expect(marginRatio({ ...LONG, margin: move.marginNeeded.plus('0.01').toString() }, '54000').lt(1)).toBe(
      true,
    );
    // The leverage whose initial margin is that margin: just below it, liquidation lies below 54,000.
    const lower = move.leverageBelow!.minus('0.01');
    expect(liquidationPrice({ ...LONG, leverage: lower.toString() })!.lt(54000)).toBe(true);
    expect(
      liquidationPrice({ ...LONG, leverage: move.leverageBelow!.plus('0.01').toString() })!.gt(54000),
    ).toBe(true);
  });

  it('a move the position survives leaves the stops between the move and the liquidation price', () => {
    const move = survivingAMove({ ...LONG, leverage: '5' }, '57000');
    expect(move.liquidated).toBe(false);
    expect(move.addedMargin.isZero()).toBe(true);
    expect(move.stopWindow!.from.toString()).toBe('57000');
    expect(move.stopWindow!.to.eq(liquidationPrice({ ...LONG, leverage: '5' })!)).toBe(true);
    expect(move.pnlAtPrice.eq(new Decimal(-3000))).toBe(true);
  });

  it('counts the other cross positions and names no leverage for cross margin', () => {
    const cross: PositionSpec = {
      rules: 'binance-usdm',
      side: 'short',
      marginMode: 'cross',
      entryPrice: '3000',
      quantity: '2',
      leverage: '10',
      walletBalance: '800',
      maintenanceMarginRate: '0.005',
      otherPositions: [
        {
          side: 'long',
          quantity: '0.1',
          entryPrice: '60000',
          markPrice: '59000',
          maintenanceMarginRate: '0.004',
        },
      ],
    };
    const move = survivingAMove(cross, '3300');
    expect(move.leverageBelow).toBeNull();
    // needed = MM(3300) + TMM1 − UPNL1 − PnL = 6600 × 0.005 + 23.6 + 100 + 600
    expect(move.marginNeeded.toString()).toBe('756.6');
    expect(move.liquidated).toBe(false);
  });
});
