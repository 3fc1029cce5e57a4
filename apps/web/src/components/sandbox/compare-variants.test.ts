import { guidedPresets } from '@liqlab/content/sandbox/guided-presets';
import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { Decimal, liquidationPrice, ruleSetInfo } from '@liqlab/core';
import { DEFAULT_SCENARIO } from '@liqlab/scenario/default-scenario';
import { engineInputsOf } from '@liqlab/scenario/engine-inputs-from-scenario';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { describe, expect, it } from 'vitest';
import {
  defaultVariantChange,
  materiallyDifferentDistance,
  replayVariant,
  variantOf,
} from './compare-variants';
import { pathOfDraft } from './path-of-draft';
import type { PathDraft, PositionDraft } from './sandbox-state';
import { parsePosition, scenarioSchemaValidator } from './scenario-schema-validator';

const flashCrash: PathDraft = {
  kind: 'named',
  name: 'flash-crash-wick',
  seed: 'sandbox',
  startPrice: '60000',
  steps: 1000,
  horizonHours: 24,
  wickPercent: '25',
  markDipPercent: '6',
};
const fiftyX: PositionDraft = { ...DEFAULT_SCENARIO.position, leverage: '50' };

function crashPath() {
  const result = pathOfDraft(flashCrash, scenarioSchemaValidator);
  if (!result.ok) throw new Error('path');
  return result.path;
}

describe('compare variants on the same path', () => {
  it('liquidates a 50× Binance long in a 6 % mark dip: the margin left goes to the insurance fund, not back to the trader', () => {
    // Binance's rule (Liquidation FAQ, Insurance Fund FAQ; cited in core's liquidation-settlement.ts).
    expect(fiftyX.rules).toBe('binance-usdm');
    const outcome = replayVariant(fiftyX, crashPath(), 'USDT');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.replay.outcome).toBe('liquidated');
    expect(outcome.replay.events.some((event) => event.type === 'liquidation')).toBe(true);
    expect(outcome.replay.liquidationRemainder?.amount.gt(0)).toBe(true);
    expect(outcome.replay.liquidationRemainder?.recipient).toBe('insurance-fund');
    expect(outcome.replay.residual.isZero()).toBe(true);
  });

  it('survives the same crash with a stop-loss above the liquidation price', () => {
    const withStop = variantOf(fiftyX, { kind: 'stop-loss', price: '59500' });
    const outcome = replayVariant(withStop, crashPath(), 'USDT');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.replay.outcome).toBe('stopped-out');
  });

  it('survives at 5× where 50× is liquidated', () => {
    const outcome = replayVariant(
      variantOf(fiftyX, { kind: 'leverage', leverage: '5' }),
      crashPath(),
      'USDT',
    );
    expect(outcome.ok && outcome.replay.outcome).toBe('open');
  });

  it('switches isolated to cross with a wallet, and back without leftovers', () => {
    const cross = variantOf(fiftyX, { kind: 'margin-mode', walletBalance: '10000' });
    expect(cross.marginMode).toBe('cross');
    expect(cross.walletBalance).toBe('10000');
    const back = variantOf(cross, { kind: 'margin-mode', walletBalance: '10000' });
    expect(back.marginMode).toBe('isolated');
    expect(back.walletBalance).toBeUndefined();
  });
});

describe('the default variant B', () => {
  const outcomeOf = (position: PositionDraft, path: ReturnType<typeof crashPath>) => {
    const outcome = replayVariant(position, path, 'USDT');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    return outcome.replay.outcome;
  };
  const gbm = () => {
    const result = pathOfDraft(DEFAULT_SCENARIO.path, scenarioSchemaValidator);
    if (!result.ok) throw new Error('path');
    return result.path;
  };

  it.each([
    ['the 50× long on the crash', fiftyX, crashPath],
    ['a 5× long on the crash (5× was the old fixed B)', { ...fiftyX, leverage: '5' }, crashPath],
    ['the default 10× long on its random walk', DEFAULT_SCENARIO.position, gbm],
    ['a 1× long on its random walk', { ...DEFAULT_SCENARIO.position, leverage: '1' }, gbm],
    [
      'a 20× short with a stop on the crash',
      { ...fiftyX, side: 'short', leverage: '20', stopLoss: { price: '61000', trigger: 'mark' } },
      crashPath,
    ],
  ] as const)('differs from A in a way that matters: %s', (_label, a, path) => {
    const p = path();
    const b = variantOf(a as PositionDraft, defaultVariantChange(a as PositionDraft, p, 'USDT'));
    const differentOutcome = outcomeOf(a as PositionDraft, p) !== outcomeOf(b, p);
    expect(differentOutcome || materiallyDifferentDistance(a as PositionDraft, b)).toBe(true);
  });

  it('prefers a change that ends differently: the 50× long that is liquidated gets a B that is not', () => {
    const p = crashPath();
    const b = variantOf(fiftyX, defaultVariantChange(fiftyX, p, 'USDT'));
    expect(outcomeOf(fiftyX, p)).toBe('liquidated');
    expect(outcomeOf(b, p)).not.toBe('liquidated');
  });
});

/** |entry − liquidation| ÷ entry by core's liquidationPrice, or null when the position has none. */
function engineDistance(position: PositionDraft): Decimal | null {
  const parsed = parsePosition(position);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const { spec, feeOptions } = engineInputsOf(parsed.value);
  const liquidation = liquidationPrice(spec, feeOptions);
  const entry = new Decimal(parsed.value.entryPrice);
  return liquidation === null ? null : entry.minus(liquidation).abs().div(entry);
}

describe('the Compare tab’s first B, for every scenario the sandbox opens with', () => {
  const openings = [
    { id: 'blank', scenario: DEFAULT_SCENARIO },
    ...sandboxPresets.map((preset) => ({ id: preset.id, scenario: scenarioFromPreset(preset) })),
    ...guidedPresets.map((guided) => ({ id: guided.id, scenario: scenarioFromPreset(guided.preset) })),
  ];

  it.each(openings.map((o) => [o.id, o] as const))(
    '%s: B ends differently on the path, or its liquidation price lies at least a quarter nearer or further',
    (_id, { scenario }) => {
      const a = scenario.position as PositionDraft;
      const path = pathOfDraft(scenario.path as PathDraft, scenarioSchemaValidator);
      if (!path.ok) throw new Error('path');
      const asset = ruleSetInfo(a.rules).marginAsset;
      const b = variantOf(a, defaultVariantChange(a, path.path, asset));
      const outcome = (p: PositionDraft) => {
        const replay = replayVariant(p, path.path, asset);
        if (!replay.ok) throw new Error(JSON.stringify(replay.errors));
        return replay.replay.outcome;
      };
      if (outcome(a) !== outcome(b)) return;
      const [da, db] = [engineDistance(a), engineDistance(b)];
      // One with a liquidation price and one without is a difference that matters.
      if (da === null || db === null) {
        expect(da === null && db === null).toBe(false);
        return;
      }
      expect(da.minus(db).abs().div(da).toNumber()).toBeGreaterThanOrEqual(0.25);
    },
  );
});
