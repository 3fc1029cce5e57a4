import { describe, expect, it } from 'vitest';
import { accruedInterest, marginLevelFigures } from './margin-level-figures';

const account = { baseAsset: '0.3', quoteAsset: '0', baseLiability: '0', quoteLiability: '12000' };

describe('marginLevelFigures', () => {
  it('computes lesson 3’s account: level 1.5 at 60,000, call at 52,000, liquidation at 44,000', () => {
    const r = marginLevelFigures({
      account,
      interest: '0',
      price: '60000',
      marginCallLevel: '1.3',
      liquidationLevel: '1.1',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.level.toString()).toBe('1.5');
    expect(r.value.marginCallPrice?.toString()).toBe('52000');
    expect(r.value.liquidationPrice?.toString()).toBe('44000');
    expect(r.value.leverage?.toString()).toBe('3');
    expect(r.value.zone).toBe('safe');
  });

  it('classifies the zones and lets interest move the line', () => {
    const call = marginLevelFigures({
      account,
      interest: '0',
      price: '50000',
      marginCallLevel: '1.3',
      liquidationLevel: '1.1',
    });
    const withInterest = marginLevelFigures({
      account,
      interest: '600',
      price: '60000',
      marginCallLevel: '1.3',
      liquidationLevel: '1.1',
    });
    if (!call.ok || !withInterest.ok) throw new Error('unexpected');
    expect(call.value.zone).toBe('margin-call');
    expect(withInterest.value.liquidationPrice?.toString()).toBe('46200');
  });

  it('accrues simple interest on the debt', () => {
    const r = accruedInterest(account, '60000', '0.0005', '30');
    if (!r.ok) throw new Error(r.message);
    expect(r.value.toString()).toBe('180');
  });

  it('values borrowed coins at the price before charging interest, and names a bad field', () => {
    const short = { baseAsset: '0', quoteAsset: '40000', baseLiability: '0.5', quoteLiability: '0' };
    const r = accruedInterest(short, '60000', '0.0005', '30');
    if (!r.ok) throw new Error(r.message);
    // 0.5 BTC × 60,000 = 30,000 USDT of debt; × 0.0005 a day × 30 days.
    expect(r.value.toString()).toBe('450');
    const bad = accruedInterest(account, '60000', '0.0005', '-1');
    expect(!bad.ok && bad.field).toBe('periods');
  });
});
