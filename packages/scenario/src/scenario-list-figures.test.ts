import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { describe, expect, it } from 'vitest';
import { replayScenario } from './replay-scenario';
import { scenarioFromPreset } from './scenario-from-preset';
import { SPARKLINE_POINTS, scenarioListFigures } from './scenario-list-figures';
import { isScenarioOutcome, SCENARIO_OUTCOMES } from './scenario-outcome';
import { type ScenarioInput, scenarioInputSchema } from './scenario-schema';
import { ticks, validScenario } from './testing/scenario-test-fixtures';

const preset = (id: string) => scenarioInputSchema.parse(scenarioFromPreset(sandboxPreset(id)!));
const outcome = (scenario: ScenarioInput) => scenarioListFigures(scenario).outcome;

describe('scenarioListFigures: the outcome', () => {
  it('is the replay’s own ending: liquidated, stopped out, or still open', () => {
    expect(outcome(preset('long-10x-flash-crash-no-stop'))).toBe('liquidated');
    expect(outcome(preset('stop-loss-flash-crash'))).toBe('stopped-out');
    expect(outcome(preset('mark-vs-last-wick-10x'))).toBe('open');
  });

  it('changes when an input that matters changes: the same wick at 20× liquidates what 10× survives', () => {
    const survived = preset('mark-vs-last-wick-10x');
    expect(outcome(survived)).toBe('open');
    const twentyX = { ...survived, position: { ...survived.position, leverage: '20' } };
    expect(outcome(twentyX)).toBe('liquidated');
  });

  it('ends with a take-profit when the target is reached first', () => {
    const base = scenarioInputSchema.parse(validScenario());
    const { stopLoss: _stop, ...position } = base.position;
    const withTarget = {
      ...base,
      position: { ...position, takeProfit: { price: '60001', trigger: 'last' } },
    };
    expect(outcome(withTarget as typeof base)).toBe('took-profit');
  });

  it('knows every outcome and nothing else', () => {
    expect(SCENARIO_OUTCOMES.every(isScenarioOutcome)).toBe(true);
    expect(isScenarioOutcome('survived')).toBe(false);
    expect(isScenarioOutcome(null)).toBe(false);
  });
});

describe('scenarioListFigures: the card’s figures', () => {
  it('gives the exact liquidation price the replay computes', () => {
    const scenario = preset('long-10x-flash-crash-no-stop');
    expect(scenarioListFigures(scenario).liquidationPrice).toBe(
      replayScenario(scenario).liquidation?.toFixed(),
    );
  });

  it('downsamples a long path to at most SPARKLINE_POINTS decimal strings that keep its ends and extremes', () => {
    const scenario = preset('long-10x-flash-crash-no-stop');
    const mark = Array.from(replayScenario(scenario).path.mark);
    expect(mark.length).toBeGreaterThan(SPARKLINE_POINTS);
    const { sparkline } = scenarioListFigures(scenario);
    expect(sparkline.length).toBeLessThanOrEqual(SPARKLINE_POINTS);
    for (const point of sparkline) expect(point).toMatch(/^\d+(\.\d+)?$/);
    const points = sparkline.map(Number);
    // Eight significant digits: the extremes agree with the path's to well under a pixel.
    const near = (a: number, b: number) => expect(Math.abs(a - b) / b).toBeLessThan(1e-7);
    near(Math.min(...points), Math.min(...mark));
    near(Math.max(...points), Math.max(...mark));
    near(points[0]!, mark[0]!);
    near(points.at(-1)!, mark.at(-1)!);
  });

  it('rounds each point to eight significant digits as a plain decimal, tiny prices included', () => {
    const marks = ['60123.456789', '60000', '0.5', '0.000000123456789', '12345678.9'];
    const uploaded = ticks(marks.length).map(([time], i): [number, string] => [time, marks[i]!]);
    const scenario = scenarioInputSchema.parse(validScenario({ path: { kind: 'ticks', ticks: uploaded } }));
    expect(scenarioListFigures(scenario).sparkline).toEqual([
      '60123.457',
      '60000',
      '0.5',
      '0.00000012345679',
      '12345679',
    ]);
  });

  it('keeps every tick of a path shorter than the chart, as the decimals it was given', () => {
    const uploaded = ticks(10);
    const scenario = scenarioInputSchema.parse(validScenario({ path: { kind: 'ticks', ticks: uploaded } }));
    expect(scenarioListFigures(scenario).sparkline).toEqual(uploaded.map(([, mark]) => mark));
  });
});
