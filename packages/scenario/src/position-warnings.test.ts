import { Decimal, liquidationPrice } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { engineInputsOf } from './engine-inputs-from-scenario';
import { positionWarnings, suggestedStopPrice } from './position-warnings';
import { replayScenario } from './replay-scenario';
import type { ScenarioPath } from './scenario-path-schema';
import type { ScenarioPosition } from './scenario-position-schema';
import { validatePositionWithEngine } from './scenario-schema';
import { tieredPosition } from './testing/scenario-test-fixtures';

const kinds = (p: ScenarioPosition, noise?: Parameters<typeof positionWarnings>[1]) =>
  positionWarnings(p, noise).map((w) => w.kind);
const liquidationOf = (p: ScenarioPosition) => {
  const { spec, feeOptions } = engineInputsOf(p);
  return liquidationPrice(spec, feeOptions);
};
const crash: ScenarioPath = {
  kind: 'named',
  name: 'flash-crash-wick',
  seed: 'warnings',
  startPrice: '60000',
  steps: 600,
  horizonHours: 6,
  wickPercent: '10',
  markDipPercent: '8',
};

describe('positionWarnings', () => {
  it('warns that a 50× long’s stop 5 % below the entry sits beyond its liquidation price, and the replay agrees', () => {
    const fiftyX = tieredPosition({ leverage: '50', stopLoss: { price: '57000' } });
    expect(kinds(fiftyX)).toEqual(['stop-beyond-liquidation']);
    // The engine's replay: the stop never fires, the liquidation does.
    expect(replayScenario({ position: fiftyX, path: crash }).result.outcome).toBe('liquidated');

    const fixed = tieredPosition({
      leverage: '50',
      stopLoss: { price: suggestedStopPrice(new Decimal(60000), 'long', liquidationOf(fiftyX)).toFixed() },
    });
    expect(kinds(fixed)).not.toContain('stop-beyond-liquidation');
    expect(replayScenario({ position: fixed, path: crash }).result.outcome).toBe('stopped-out');
  });

  it('warns a short the same way, with its liquidation above the entry', () => {
    const short = tieredPosition({ side: 'short', leverage: '50', stopLoss: { price: '63000' } });
    const [warning] = positionWarnings(short);
    expect(warning?.kind).toBe('stop-beyond-liquidation');
    if (warning?.kind === 'stop-beyond-liquidation') expect(warning.liquidationPrice.lt(63000)).toBe(true);
    expect(kinds(tieredPosition({ side: 'short', leverage: '5', stopLoss: { price: '63000' } }))).toEqual([]);
  });

  it('warns when the isolated margin is at or below the maintenance margin at entry, and the replay liquidates at once', () => {
    const thin = tieredPosition({ margin: '100' });
    expect(kinds(thin)).toEqual(['liquidated-at-entry']);
    const replay = replayScenario({ position: thin, path: crash }).result;
    expect(replay.outcome).toBe('liquidated');
    expect(replay.closedAt).toBe(0);
    expect(kinds(tieredPosition({ margin: '6000' }))).toEqual([]);
  });

  it('names the cross wallet when that is what is too small', () => {
    const [warning] = positionWarnings(tieredPosition({ marginMode: 'cross', walletBalance: '10' }));
    expect(warning).toMatchObject({ kind: 'liquidated-at-entry', field: 'walletBalance' });
  });

  it('has no warning for a leverage above the bracket’s maximum: the engine refuses it, and its error is the note', () => {
    // 100 BTC at 60,000 is a 6,000,000 USDT notional: a higher bracket whose cap is below 125×.
    const big = tieredPosition({ size: { unit: 'quantity', quantity: '100' }, leverage: '125' });
    expect(() => validatePositionWithEngine(big)).toThrow(
      expect.objectContaining({ code: 'INVALID_LEVERAGE' }),
    );
    expect(kinds(big)).toEqual([]);
  });

  it('warns about a stop inside one typical move (price × σ × √T), not about one outside it', () => {
    const noise = { annualVolatility: 0.6, horizonDays: 1 };
    // 60,000 × 0.6 × √(1/365) ≈ 1,884: a stop 500 away is inside, one 3,000 away outside.
    expect(kinds(tieredPosition({ stopLoss: { price: '59500' } }), noise)).toEqual(['stop-inside-noise']);
    expect(kinds(tieredPosition({ stopLoss: { price: '57000' } }), noise)).toEqual([]);
    expect(kinds(tieredPosition({ side: 'short', stopLoss: { price: '60500' } }), noise)).toEqual([
      'stop-inside-noise',
    ]);
    // Without a volatility model there is no band to compare with.
    expect(kinds(tieredPosition({ stopLoss: { price: '59500' } }))).toEqual([]);
  });
});

describe('suggestedStopPrice', () => {
  it.each(['long', 'short'] as const)(
    'always lies between the entry and the liquidation price of a %s',
    (side) => {
      for (const leverage of ['1', '2', '5', '10', '20', '50', '75', '100']) {
        const p = tieredPosition({ side, leverage });
        const liq = liquidationOf(p);
        const stop = suggestedStopPrice(new Decimal(60000), side, liq);
        const withStop = tieredPosition({ side, leverage, stopLoss: { price: stop.toFixed() } });
        expect(kinds(withStop), `${side} ${leverage}×`).not.toContain('stop-beyond-liquidation');
        expect(side === 'long' ? stop.lt(60000) : stop.gt(60000)).toBe(true);
      }
    },
  );

  it('keeps the usual 5 % where the liquidation price is far enough away', () => {
    expect(suggestedStopPrice(new Decimal(60000), 'long', new Decimal(30000)).toFixed()).toBe('57000');
    expect(suggestedStopPrice(new Decimal(60000), 'short', null).toFixed()).toBe('63000');
  });
});
