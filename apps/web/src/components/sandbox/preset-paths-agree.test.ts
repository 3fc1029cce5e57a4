import { type SandboxPreset, sandboxPresetSchema } from '@liqlab/content/sandbox/preset-schema';
import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { replayPreset } from '@liqlab/scenario/replay-preset';
import { replayEngineInputs } from '@liqlab/scenario/replay-scenario';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { type ScenarioInput, scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { describe, expect, it } from 'vitest';
import { trustingValidator } from './draft-validator';
import { computePanel } from './panel-figures';
import { pathOfDraft } from './path-of-draft';
import { DEFAULT_ANALYSIS, type SandboxState } from './sandbox-state';
import { scenarioSchemaValidator } from './scenario-schema-validator';

// Decimals print as their exact digits, so equal text means equal figures, to the last digit.
const exactly = (value: unknown) => JSON.stringify(value);

/** What the sandbox computes for a state: the live panel's liquidation price and the replay. */
function sandboxFigures(scenario: ScenarioInput, trusted: boolean) {
  const { position, path } = scenario;
  const state: SandboxState = { scenario, analysis: DEFAULT_ANALYSIS };
  const validator = trusted ? trustingValidator({ position, path }, null) : scenarioSchemaValidator;
  const panel = computePanel(state, validator);
  const pathResult = pathOfDraft(path, validator);
  if (!panel?.ok || !pathResult?.ok) throw new Error('the scenario does not open');
  return {
    liquidation: panel.figures.liquidationPrice,
    result: replayEngineInputs(panel.inputs, pathResult.path),
  };
}

/** /sandbox?preset=<id>: the page maps the preset and checks it on the server (app/sandbox/page.tsx). */
function openedInSandbox(preset: SandboxPreset) {
  const scenario = scenarioInputSchema.parse(scenarioFromPreset(preset));
  return sandboxFigures(scenario, false);
}

/** /s/preset-<id>: the seed stored the mapped preset as JSON; the page shows it read-only, unchecked. */
function openedOnSharedPage(preset: SandboxPreset) {
  const stored: ScenarioInput = JSON.parse(JSON.stringify(scenarioFromPreset(preset)));
  return sandboxFigures(stored, true);
}

/** A lesson widget (<PositionReplay preset=…>, <MarkVsLast preset=…>). */
function openedInLessonWidget(preset: SandboxPreset) {
  const { liquidation, result } = replayPreset(preset);
  return { liquidation, result };
}

describe('every preset shows the same figures and events wherever it is opened', () => {
  it.each(sandboxPresets.map((preset) => [preset.id, preset] as const))('%s', (_, preset) => {
    const sandbox = openedInSandbox(preset);
    const widget = openedInLessonWidget(preset);
    const shared = openedOnSharedPage(preset);
    expect(exactly(widget.liquidation)).toBe(exactly(sandbox.liquidation));
    expect(exactly(widget.result)).toBe(exactly(sandbox.result));
    expect(exactly(shared.liquidation)).toBe(exactly(sandbox.liquidation));
    expect(exactly(shared.result)).toBe(exactly(sandbox.result));
  });

  it('would see a fee switch that one path ignores', () => {
    // The check itself must be able to fail: the same preset with fees on differs from fees off.
    const preset = sandboxPresetSchema.parse({
      ...sandboxPresets[0],
      position: { ...sandboxPresets[0]!.position, fees: { enabled: true } },
    });
    expect(exactly(openedInLessonWidget(preset).result)).not.toBe(
      exactly(openedInSandbox(sandboxPresets[0]!).result),
    );
  });
});
