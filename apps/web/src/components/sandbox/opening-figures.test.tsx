import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { Decimal } from '@liqlab/core';
import { positionWarnings } from '@liqlab/scenario/position-warnings';
import { replayEngineInputs } from '@liqlab/scenario/replay-scenario';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { trustingValidator } from './draft-validator';
import { openedFigures, openingFiguresOf, panelFor, replayFor, warningsFor } from './opening-figures';
import { computePanel } from './panel-figures';
import { pathOfDraft, ticksPathOfCsv } from './path-of-draft';
import { DEFAULT_ANALYSIS, DEFAULT_STATE } from './sandbox-state';
import { scenarioSchemaValidator } from './scenario-schema-validator';
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
      const opened = openedFigures(JSON.parse(JSON.stringify(opening)), state, validated);

      const validator = trustingValidator(validated, null);
      const panel = computePanel(state, validator);
      const path = pathOfDraft(scenario.path, validator);
      if (!panel?.ok || !path?.ok) throw new Error('every preset computes');
      expect(digits(opened.panel)).toEqual(digits(panel));
      expect(digits(opened.replay)).toEqual(digits(replayEngineInputs(panel.inputs, path.path)));
      expect(digits(opened.warnings)).toEqual(
        digits(positionWarnings(panel.inputs.position, panel.figures.analysis ?? undefined)),
      );
    },
  );

  it.each([
    // 50× long at 60,000: the liquidation price is above 58,000, so this stop can never fire.
    {
      name: 'a stop beyond the liquidation price',
      leverage: '50',
      stop: '58000',
      kind: 'stop-beyond-liquidation',
    },
    // 10× long: 100 below the entry is far inside one day's typical move (about 1,900 at 60% a year).
    { name: 'a stop inside the noise', leverage: '10', stop: '59900', kind: 'stop-inside-noise' },
  ])('hands the browser the field warnings the engine gives: $name', ({ leverage, stop, kind }) => {
    const base = scenarioInputSchema.parse(DEFAULT_STATE.scenario);
    const scenario = scenarioInputSchema.parse({
      ...base,
      position: { ...base.position, leverage, stopLoss: { price: stop, trigger: 'mark' } },
    });
    const state = { scenario, analysis: DEFAULT_ANALYSIS };
    const opening = openingFiguresOf(state);
    if (!opening) throw new Error('a long with a stop below its entry replays');
    const opened = openedFigures(JSON.parse(JSON.stringify(opening)), state, scenario);
    const panel = computePanel(state, trustingValidator(scenario, null));
    if (!panel?.ok) throw new Error('the position computes');
    const engine = positionWarnings(panel.inputs.position, panel.figures.analysis ?? undefined);
    expect(engine.map((warning) => warning.kind)).toEqual([kind]);
    expect(digits(opened.warnings)).toEqual(digits(engine));
  });

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

describe('the opening figures stand in only for the inputs they were computed for', () => {
  const scenario = scenarioInputSchema.parse(DEFAULT_STATE.scenario);
  const state = { scenario, analysis: DEFAULT_ANALYSIS };
  const validated = { position: scenario.position, path: scenario.path };
  const opening = openingFiguresOf(state);
  if (!opening) throw new Error('the default scenario replays');
  const opened = openedFigures(JSON.parse(JSON.stringify(opening)), state, validated);
  // Before the schema has loaded (the page's first edits), and after.
  const loading = trustingValidator(validated, null);
  const loaded = trustingValidator(validated, scenarioSchemaValidator);
  const edited = { ...state, scenario: { ...scenario, position: { ...scenario.position, leverage: '20' } } };
  // A crash through the opening liquidation price, uploaded as a CSV: a path that needs no schema.
  const uploaded = ticksPathOfCsv('timestamp,mark\n0,60000\n60000,56000\n120000,52000\n');
  if (!uploaded.ok) throw new Error(uploaded.message);
  const crash = pathOfDraft(uploaded.path, loading);
  if (!crash?.ok) throw new Error('an uploaded path needs no schema');

  it('the panel: the server’s for the opening state, the engine’s for an edited one', () => {
    expect(panelFor(state, loading, opened)).toBe(opened.panel);
    // An edit before the schema has loaded: no figures yet (the page keeps the last ones, marked stale)…
    expect(panelFor(edited, loading, opened)).toBeUndefined();
    // …and once it has, the edit's own figures, never the opening ones.
    const panel = panelFor(edited, loaded, opened);
    const computed = computePanel(edited, scenarioSchemaValidator);
    if (!panel?.ok || !computed.ok) throw new Error('a 20× long computes');
    expect(digits(panel)).toEqual(digits(computed));
    expect(panel.figures.liquidationPrice?.eq(opened.panel.figures.liquidationPrice ?? 0)).toBe(false);
  });

  it('the warnings: the server’s for the opening panel, the engine’s for an edited one', () => {
    expect(warningsFor(opened.panel, opened)).toBe(opened.warnings);
    const panel = panelFor(edited, loaded, opened);
    if (!panel?.ok) throw new Error('a 20× long computes');
    const own = warningsFor(panel, opened);
    expect(own).not.toBe(opened.warnings);
    expect(digits(own)).toEqual(
      digits(positionWarnings(panel.inputs.position, panel.figures.analysis ?? undefined)),
    );
  });

  it('the replay: the server’s only for the opening position on the opening path', () => {
    if (!opened.path?.ok) throw new Error('the opening path generates');
    expect(replayFor(opened.panel, opened.path, opened).replay).toBe(opened.replay);
    // The position edited, its schema still loading (so the panel shown is still the opening one), and
    // then a path uploaded: the replay must be of that path, not the opening replay drawn over it.
    const onUpload = replayFor(opened.panel, crash, opened);
    expect(digits(onUpload)).toEqual(
      digits({ replay: replayEngineInputs(opened.panel.inputs, crash.path), errors: {} }),
    );
    expect(digits(onUpload.replay)).not.toEqual(digits(opened.replay));
    // An edited position on the opening path: the edit's replay.
    const panel = panelFor(edited, loaded, opened);
    if (!panel?.ok) throw new Error('a 20× long computes');
    expect(digits(replayFor(panel, opened.path, opened))).toEqual(
      digits({ replay: replayEngineInputs(panel.inputs, opened.path.path), errors: {} }),
    );
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
