import { Decimal, parseVenueTiers, replayPosition } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SettlementNote } from './settlement-note';

const money = (value: Decimal) => `${value.toFixed(2)} USDT`;

// A Bybit tier-3 long that the venue cuts twice before the full liquidation (the replay test's case).
const TIERS = parseVenueTiers(
  'riskLimitValue,maintenanceMargin,initialMargin,maxLeverage,mmDeduction\n2000000,0.005,0.01,100,\n4000000,0.01,0.0175,57.14,10000\n6000000,0.015,0.025,40,30000',
  { venue: 'bybit' },
);

describe('SettlementNote', () => {
  it('says what the partial cuts took out of the margin before the full liquidation', () => {
    const replay = replayPosition(
      {
        rules: 'bybit-linear',
        side: 'long',
        marginMode: 'isolated',
        entryPrice: '50000',
        quantity: '100',
        margin: '200000',
        tiers: TIERS,
      },
      { t: Float64Array.from([0, 1, 2, 3]), mark: Float64Array.from([50000, 48400, 48200, 47700]) },
      { warningRatios: [] },
    );
    expect(replay.partialCuts).toHaveLength(2);
    const html = renderToStaticMarkup(
      <SettlementNote
        rules="bybit-linear"
        marginMode="isolated"
        remainder={replay.liquidationRemainder!}
        cuts={replay.partialCuts}
        money={money}
      />,
    );
    // 20 BTC at −1,550 and 40 BTC at −1,737.5: 31,000 + 69,500 of realised loss, no fee configured.
    expect(html).toContain('cut the position 2 times');
    expect(html).toContain(`a ${money(new Decimal(100500))} loss`);
    expect(html).toContain(`paid ${money(new Decimal(0))} in liquidation fees`);
  });

  it('says nothing about cuts when there were none', () => {
    const html = renderToStaticMarkup(
      <SettlementNote
        rules="bybit-linear"
        marginMode="isolated"
        remainder={{ amount: new Decimal(10), recipient: 'insurance-fund' }}
        money={money}
      />,
    );
    expect(html).not.toContain('cut the position');
  });
});
