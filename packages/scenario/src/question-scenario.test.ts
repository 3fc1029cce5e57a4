import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { describe, expect, it } from 'vitest';
import { questionScenarioOf } from './question-scenario';
import { replayPreset } from './replay-preset';

describe('questionScenarioOf', () => {
  it.each(sandboxPresets.map((preset) => [preset.id, preset] as const))(
    '%s: shows the mark path the preset replays, to the cent, and nothing that names the preset',
    (_, preset) => {
      const scenario = questionScenarioOf(preset);
      const { mark } = replayPreset(preset).path;
      expect(scenario.mark).toHaveLength(mark.length);
      scenario.mark.forEach((price, i) => {
        expect(Math.abs(price - mark[i]!)).toBeLessThanOrEqual(0.005 + 1e-9);
      });
      expect(scenario.position.leverage).toBe(preset.position.leverage);
      expect(scenario.stopLoss).toBe(preset.stopLoss);
      const json = JSON.stringify(scenario);
      for (const pointer of [preset.id, preset.title, preset.description, preset.path.seed]) {
        expect(json).not.toContain(pointer);
      }
    },
  );
});
