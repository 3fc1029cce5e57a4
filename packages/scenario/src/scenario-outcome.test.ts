import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { describe, expect, it } from 'vitest';
import { scenarioFromPreset } from './scenario-from-preset';
import { isScenarioOutcome, SCENARIO_OUTCOMES, scenarioOutcome } from './scenario-outcome';
import { scenarioInputSchema } from './scenario-schema';
import { validScenario } from './testing/scenario-test-fixtures';

const preset = (id: string) => scenarioInputSchema.parse(scenarioFromPreset(sandboxPreset(id)!));

describe('scenarioOutcome', () => {
  it('is the replay’s own ending: liquidated, stopped out, or still open', () => {
    expect(scenarioOutcome(preset('long-10x-flash-crash-no-stop'))).toBe('liquidated');
    expect(scenarioOutcome(preset('stop-loss-flash-crash'))).toBe('stopped-out');
    expect(scenarioOutcome(preset('mark-vs-last-wick-10x'))).toBe('open');
  });

  it('changes when an input that matters changes: the same wick at 20× liquidates what 10× survives', () => {
    const survived = preset('mark-vs-last-wick-10x');
    expect(scenarioOutcome(survived)).toBe('open');
    const twentyX = { ...survived, position: { ...survived.position, leverage: '20' } };
    expect(scenarioOutcome(twentyX)).toBe('liquidated');
  });

  it('ends with a take-profit when the target is reached first', () => {
    const base = scenarioInputSchema.parse(validScenario());
    const { stopLoss: _stop, ...position } = base.position;
    const withTarget = {
      ...base,
      position: { ...position, takeProfit: { price: '60001', trigger: 'last' } },
    };
    expect(scenarioOutcome(withTarget as typeof base)).toBe('took-profit');
  });

  it('knows every outcome and nothing else', () => {
    expect(SCENARIO_OUTCOMES.every(isScenarioOutcome)).toBe(true);
    expect(isScenarioOutcome('survived')).toBe(false);
    expect(isScenarioOutcome(null)).toBe(false);
  });
});
