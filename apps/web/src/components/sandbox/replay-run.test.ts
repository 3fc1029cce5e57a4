import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { replayScenario } from '@liqlab/scenario/replay-scenario';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { describe, expect, it } from 'vitest';
import { playheadAt } from './replay-run';

/** Every content preset as the sandbox opens it, replayed to its last tick. */
function sandboxReplays() {
  return sandboxPresets.map((preset) => {
    const { inputs, path, result: replay } = replayScenario(scenarioFromPreset(preset));
    return { id: preset.id, inputs, replay, end: playheadAt(inputs, path, replay, path.t.length - 1) };
  });
}

describe('the sandbox’s "Returned to you" after a liquidation follows the venue’s settlement rule', () => {
  const replays = sandboxReplays();
  const liquidated = replays.filter((r) => r.replay.outcome === 'liquidated');

  it('an isolated Binance liquidation returns nothing: Binance’s insurance fund takes the margin left (Liquidation FAQ, Insurance Fund FAQ)', () => {
    const binance = liquidated.filter(
      (r) => r.inputs.spec.rules === 'binance-usdm' && r.inputs.spec.marginMode === 'isolated',
    );
    // The presets include such a liquidation with margin left at the fill (the old "Returned to you 245.23").
    expect(binance.some((r) => r.replay.liquidationRemainder?.amount.gt(0))).toBe(true);
    for (const r of binance) {
      expect(r.replay.liquidationRemainder?.recipient, r.id).toBe('insurance-fund');
      expect(r.end.status).toBe('liquidated');
      expect(r.end.equity.isZero(), r.id).toBe(true);
    }
  });

  it('on every liquidated preset the panel shows the replay’s residual, which is zero unless the rule gives the remainder to the trader', () => {
    expect(liquidated.length).toBeGreaterThan(0);
    for (const r of liquidated) {
      expect(r.end.equity.eq(r.replay.residual), r.id).toBe(true);
      if (r.replay.liquidationRemainder?.recipient !== 'trader') {
        expect(r.replay.residual.isZero(), r.id).toBe(true);
      }
    }
  });
});
