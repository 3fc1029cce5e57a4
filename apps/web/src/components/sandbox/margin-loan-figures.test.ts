import { describe, expect, it } from 'vitest';
import { marginAccountOf, marginLoanFigures } from './margin-loan-figures';
import { pathOfDraft } from './path-of-draft';
import { scenarioSchemaValidator } from './scenario-schema-validator';

const slowBleed = pathOfDraft(
  {
    kind: 'named',
    name: 'slow-bleed',
    seed: 'loan',
    startPrice: '30000',
    horizonDays: 14,
    declinePercent: '30',
  },
  scenarioSchemaValidator,
);

describe('spot margin loan', () => {
  it('reproduces Binance’s example: 10,000 own + 20,000 borrowed at 30,000 liquidates at 22,000', () => {
    if (!slowBleed.ok) throw new Error('path');
    const result = marginLoanFigures(
      { side: 'long', collateral: '10000', borrowed: '20000', entryPrice: '30000' },
      slowBleed.path,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.figures.marginLevel.toString()).toBe('1.5');
    expect(result.figures.liquidationPrice?.toString()).toBe('22000');
    expect(result.figures.marginCallPrice?.toString()).toBe('26000');
    // A 30 % decline to 21,000 passes 22,000.
    expect(result.figures.replay.outcome).toBe('liquidated');
  });

  it('models a short as borrowed base sold for quote', () => {
    expect(
      marginAccountOf({ side: 'short', collateral: '10000', borrowed: '30000', entryPrice: '30000' }),
    ).toEqual({
      baseAsset: '0',
      quoteAsset: expect.anything(),
      baseLiability: expect.anything(),
      quoteLiability: '0',
    });
  });

  it('names the field of a bad input', () => {
    if (!slowBleed.ok) throw new Error('path');
    const result = marginLoanFigures(
      { side: 'long', collateral: 'abc', borrowed: '1', entryPrice: '30000' },
      slowBleed.path,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.collateral).toBe('The collateral must be a number, such as 60000 or 0.005.');
  });
});
