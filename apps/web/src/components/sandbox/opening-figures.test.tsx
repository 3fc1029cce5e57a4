import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { Decimal } from '@liqlab/core';
import { replayEngineInputs } from '@liqlab/scenario/replay-scenario';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { trustingValidator } from './draft-validator';
import { openedFigures, openingFiguresOf } from './opening-figures';
import { computePanel } from './panel-figures';
import { pathOfDraft } from './path-of-draft';
import { DEFAULT_ANALYSIS, DEFAULT_STATE } from './sandbox-state';
import { SharedScenarioView } from './shared-scenario-view';

const scenarios = [
  { name: 'the default scenario', scenario: scenarioInputSchema.parse(DEFAULT_STATE.scenario) },
  ...sandboxPresets.map((preset) => ({
    name: preset.id,
    scenario: scenarioInputSchema.parse(scenarioFromPreset(preset)),
  })),
];

/** Every Decimal as its exact digits (sign of zero included), so two results compare digit for digit. */
function digits(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return `Decimal ${(value as Decimal).valueOf()}`;
  if (Array.isArray(value)) return value.map(digits);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, digits(item)]));
  }
  return value;
}

describe('openingFiguresOf', () => {
  it.each(scenarios)(
    'hands the browser exactly the figures and replay it would compute: $name',
    ({ scenario }) => {
      const state = { scenario, analysis: DEFAULT_ANALYSIS };
      const validated = { position: scenario.position, path: scenario.path };
      const opening = openingFiguresOf(state);
      if (!opening) throw new Error('every preset replays');
      // Through JSON, as React's payload carries it.
      const opened = openedFigures(JSON.parse(JSON.stringify(opening)), validated);

      const validator = trustingValidator(validated, null);
      const panel = computePanel(state, validator);
      const path = pathOfDraft(scenario.path, validator);
      if (!panel?.ok || !path?.ok) throw new Error('every preset computes');
      expect(digits(opened.panel)).toEqual(digits(panel));
      expect(digits(opened.replay)).toEqual(digits(replayEngineInputs(panel.inputs, path.path)));
    },
  );

  it('leaves a scenario that does not compute to the browser, which shows its errors', () => {
    const scenario = scenarioInputSchema.parse(DEFAULT_STATE.scenario);
    // A stop above a long's entry: the panel computes, with an error on the stop.
    const withError = {
      ...scenario,
      position: { ...scenario.position, stopLoss: { price: '61000', trigger: 'mark' as const } },
    };
    const opening = openingFiguresOf({ scenario: withError, analysis: DEFAULT_ANALYSIS });
    expect(opening?.errors).toEqual({ 'stopLoss.price': expect.stringMatching(/below the entry/) });
    // No bracket holds a position this large: the engine refuses it, so there is nothing to hand over.
    const tooLarge = {
      ...scenario,
      position: { ...scenario.position, size: { unit: 'quantity' as const, quantity: '99999' } },
    };
    expect(openingFiguresOf({ scenario: tooLarge, analysis: DEFAULT_ANALYSIS })).toBeUndefined();
  });
});

describe('SharedScenarioView with the opening figures', () => {
  it.each(scenarios)('renders the same HTML as when it computes them itself: $name', ({ scenario }) => {
    const opening = openingFiguresOf({ scenario, analysis: DEFAULT_ANALYSIS });
    const computed = renderToStaticMarkup(<SharedScenarioView scenario={scenario} />);
    const handed = renderToStaticMarkup(
      <SharedScenarioView scenario={scenario} {...(opening ? { opening } : {})} />,
    );
    expect(handed).toBe(computed);
    expect(handed).toContain('data-testid="fig-liquidation-price"');
  });
});
