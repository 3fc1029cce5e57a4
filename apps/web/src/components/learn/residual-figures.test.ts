import { describe, expect, it } from 'vitest';
import { contractResidual, spotResidual } from './residual-figures';

describe('spotResidual', () => {
  it('matches lesson 2: 12,000 debt at 1.1 leaves at most 1,200', () => {
    const r = spotResidual('12000', '1.1', '0.01');
    if (!r.ok) throw new Error(r.message);
    expect(r.value.assetsAtTrigger.toString()).toBe('13200');
    expect(r.value.maxResidual.toString()).toBe('1200');
    expect(r.value.fee.toString()).toBe('132');
    expect(r.value.residual.toString()).toBe('1068');
  });
  it('rejects a level of 1 or less on the level field', () => {
    const r = spotResidual('12000', '1', '0');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.field).toBe('liquidationLevel');
  });
});

describe('contractResidual', () => {
  it('matches lesson 11: a fill at 54,200 leaves a 200 USDT surplus', () => {
    const r = contractResidual({
      rules: 'binance-usdm',
      side: 'long',
      entryPrice: '60000',
      quantity: '1',
      leverage: '10',
      maintenanceMarginRate: '0.005',
      fillPrice: '54200',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.bankruptcy?.toString()).toBe('54000');
    expect(r.value.atFill.toString()).toBe('200');
    expect(r.value.liquidation?.toFixed(2)).toBe('54271.36');
    // Binance's rule (Liquidation and Insurance Fund FAQs): the surplus is the insurance fund's.
    expect(r.value.surplusTo).toBe('insurance-fund');
    expect(r.value.returned?.toString()).toBe('0');
  });

  const hyperliquid = {
    rules: 'hyperliquid',
    side: 'long',
    entryPrice: '60000',
    quantity: '1',
    leverage: '10',
    // Half the initial margin at a 20× maximum leverage.
    maintenanceMarginRate: '0.025',
  } as const;

  it('Hyperliquid (docs "Liquidations"): a book fill leaves the remaining collateral with the trader', () => {
    // Liquidation at 54,000 / 0.975 = 55,384.6…; a fill at 55,300 leaves 1,300, above 2/3 of the
    // maintenance margin (55,300 / 40 × 2/3 ≈ 921.67).
    const r = contractResidual({ ...hyperliquid, fillPrice: '55300' });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.surplusTo).toBe('trader');
    expect(r.value.returned?.toString()).toBe('1300');
  });

  it('Hyperliquid: below 2/3 of the maintenance margin the liquidator vault keeps it', () => {
    const r = contractResidual({ ...hyperliquid, fillPrice: '54500' });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.atFill.toString()).toBe('500');
    expect(r.value.surplusTo).toBe('liquidator-vault');
    expect(r.value.returned?.toString()).toBe('0');
  });

  it('OKX: no published recipient, so nothing is shown as returned', () => {
    const r = contractResidual({
      rules: 'okx-linear',
      side: 'long',
      entryPrice: '60000',
      quantity: '1',
      leverage: '10',
      maintenanceMarginRate: '0.005',
      takerFeeRate: '0.0005',
      fillPrice: '54200',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.surplusTo).toBe('unconfirmed');
    expect(r.value.returned).toBeNull();
  });
});
