import { describe, expect, it } from 'vitest';
import { liquidationRemainderSentence } from './liquidation-remainder-sentence';
import { glossaryTerm } from './terms';

describe('the glossary on the margin left at a liquidation', () => {
  it('names every venue with the recipient its published rule gives (core’s liquidationSettlement)', () => {
    expect(liquidationRemainderSentence()).toBe(
      'After a contract liquidation, on Binance, Bybit and Gate it goes to the insurance fund, so the residual is zero; on Hyperliquid it stays with the trader when the order book absorbs the liquidation, and goes to the backstop liquidator when it does not; OKX publishes no rule for it.',
    );
  });

  it('is what the residual-balance entry says', () => {
    expect(glossaryTerm('residual-balance')?.long).toContain(liquidationRemainderSentence());
  });
});
