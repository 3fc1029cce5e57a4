import { guidedPreset, guidedPresets } from '@liqlab/content/sandbox/guided-presets';
import { Decimal, initialMargin } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { engineInputsOf } from './engine-inputs-from-scenario';
import { guidedGoalStatus } from './guided-goal';
import { replayScenario } from './replay-scenario';
import { scenarioFromPreset } from './scenario-from-preset';
import type { ScenarioInput } from './scenario-schema';

type Scenario = Pick<ScenarioInput, 'position' | 'path'>;

/** Changes a learner can make without touching what a goal keeps: less leverage, more margin, a stop. */
function candidateChanges(scenario: Scenario): { label: string; scenario: Scenario }[] {
  const { position } = scenario;
  const entry = new Decimal(position.entryPrice);
  const leverage = new Decimal(position.leverage);
  const lower = Array.from({ length: leverage.floor().toNumber() - 1 }, (_, i) => String(i + 1)).reverse();
  const towardsLoss = position.side === 'long' ? -1 : 1;
  return [
    ...lower.map((l) => ({
      label: `leverage ${l}`,
      scenario: { ...scenario, position: { ...position, leverage: l } },
    })),
    ...['0.01', '0.02'].map((f) => ({
      label: `stop ${f} away`,
      scenario: {
        ...scenario,
        position: {
          ...position,
          stopLoss: {
            price: entry.times(new Decimal(f).times(towardsLoss).plus(1)).toFixed(),
            trigger: 'mark' as const,
          },
        },
      },
    })),
  ];
}

const status = (id: string, scenario: Scenario) => {
  const guided = guidedPreset(id)!;
  return guidedGoalStatus(
    guided,
    scenarioFromPreset(guided.preset),
    scenario,
    replayScenario(scenario).result,
  );
};

describe('guided presets and their goals', () => {
  it('offers the four challenges of the start panel', () => {
    expect(guidedPresets.map((g) => g.id)).toEqual([
      'survive-the-wick',
      'short-squeeze-after-a-new-high',
      'slow-bleed-with-funding',
      'margin-loan-called',
    ]);
  });

  it.each(guidedPresets.map((g) => [g.id]))('%s: the preset as given does not meet its goal', (id) => {
    const result = status(id, scenarioFromPreset(guidedPreset(id)!.preset));
    expect(result.met).toBe(false);
    expect(result.met === false && result.reason).toBe('not-yet');
  });

  it.each(guidedPresets.map((g) => [g.id]))(
    '%s: a change the goal allows reaches it, as the engine replays it',
    (id) => {
      const reached = candidateChanges(scenarioFromPreset(guidedPreset(id)!.preset)).filter(
        (candidate) => status(id, candidate.scenario).met,
      );
      expect(reached.length).toBeGreaterThan(0);
    },
  );

  // The two levers every goal's hint names, as a learner turns them in the form: the leverage field,
  // and the isolated-margin field (blank means the initial margin; the learner types a bigger cushion).
  it.each(guidedPresets.map((g) => [g.id]))(
    '%s: 5× instead of the preset’s leverage reaches the goal, and so does four times its margin',
    (id) => {
      const opened = scenarioFromPreset(guidedPreset(id)!.preset);
      expect(new Decimal(opened.position.leverage).gt(5)).toBe(true);
      const lower = { ...opened, position: { ...opened.position, leverage: '5' } };
      expect(status(id, lower)).toMatchObject({ met: true });

      expect(opened.position.margin).toBeUndefined();
      const cushion = initialMargin(engineInputsOf(opened.position).spec).times(4);
      const moreMargin = { ...opened, position: { ...opened.position, margin: cushion.toFixed() } };
      expect(status(id, moreMargin)).toMatchObject({ met: true });
      // The same change on the other side is not the same lesson: the goal keeps the side.
      const flipped = {
        ...lower,
        position: { ...lower.position, side: opened.position.side === 'long' ? 'short' : 'long' },
      } as Scenario;
      expect(status(id, flipped)).toMatchObject({ met: false, reason: 'changed-kept-input' });
    },
  );

  it('the funding bleed needs the funding: without it, the same decline leaves the 10× long open', () => {
    const opened = scenarioFromPreset(guidedPreset('slow-bleed-with-funding')!.preset);
    const { funding: _funding, ...withoutFunding } = opened.position;
    expect(replayScenario({ ...opened, position: withoutFunding }).result.outcome).toBe('open');
    expect(replayScenario(opened).result.outcome).toBe('liquidated');
  });

  it('a margin call is not a pass even when the position survives', () => {
    const opened = scenarioFromPreset(guidedPreset('margin-loan-called')!.preset);
    const survivedButCalled = candidateChanges(opened).find((candidate) => {
      const replay = replayScenario(candidate.scenario).result;
      return (
        replay.outcome !== 'liquidated' &&
        replay.events.some((e) => e.type === 'warning' && e.level?.eq('0.8'))
      );
    });
    if (survivedButCalled) expect(status('margin-loan-called', survivedButCalled.scenario).met).toBe(false);
    // And surviving without reaching 80 % is a pass.
    const calm = { ...opened, position: { ...opened.position, leverage: '5' } };
    expect(replayScenario(calm).result.events.some((e) => e.type === 'warning')).toBe(false);
    expect(status('margin-loan-called', calm).met).toBe(true);
  });

  it('changing what the goal keeps does not count: a shallower crash is not surviving this one', () => {
    const opened = scenarioFromPreset(guidedPreset('survive-the-wick')!.preset);
    if (opened.path.kind !== 'named' || opened.path.name !== 'flash-crash-wick') throw new Error('a wick');
    const gentler = { ...opened, path: { ...opened.path, wickPercent: '2', markDipPercent: '1' } };
    expect(replayScenario(gentler).result.outcome).not.toBe('liquidated');
    const result = status('survive-the-wick', gentler);
    expect(result.met === false && result.reason).toBe('changed-kept-input');
    const flipped = { ...opened, position: { ...opened.position, side: 'short' as const } };
    expect(status('survive-the-wick', flipped).met).toBe(false);
  });

  it('compares kept inputs by content, not by key order or object identity', () => {
    const opened = scenarioFromPreset(guidedPreset('survive-the-wick')!.preset);
    const reordered = {
      ...opened,
      path: Object.fromEntries(Object.entries(opened.path).reverse()) as Scenario['path'],
    };
    const lower = { ...reordered, position: { ...opened.position, leverage: '10' } };
    expect(status('survive-the-wick', lower).met).toBe(true);
  });
});
