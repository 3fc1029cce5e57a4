import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { describe, expect, it } from 'vitest';
import { type GeneratedPathDraft, isParsed, trustingValidator, type ValidatedParts } from './draft-validator';
import { computePanel } from './panel-figures';
import { pathOfDraft } from './path-of-draft';
import { DEFAULT_STATE, type SandboxState } from './sandbox-state';
import { scenarioSchemaValidator } from './scenario-schema-validator';

const opened = scenarioInputSchema.parse(DEFAULT_STATE.scenario);
const validated: ValidatedParts = { position: opened.position, path: opened.path };
const state: SandboxState = { scenario: opened, analysis: DEFAULT_STATE.analysis };
const edited = (leverage: string): SandboxState => ({
  ...state,
  scenario: { ...opened, position: { ...opened.position, leverage } },
});

describe('trustingValidator', () => {
  it('computes the opened scenario without the schema, with the same figures as with it', () => {
    const withoutSchema = computePanel(state, trustingValidator(validated, null));
    const withSchema = computePanel(state, scenarioSchemaValidator);
    if (!withoutSchema?.ok || !withSchema.ok) throw new Error('the default scenario must compute');
    expect(withoutSchema.figures.liquidationPrice?.toFixed()).toBe(
      withSchema.figures.liquidationPrice?.toFixed(),
    );
    expect(withoutSchema.figures.initialMargin.toFixed()).toBe('6000');
    expect(pathOfDraft(opened.path, trustingValidator(validated, null))?.ok).toBe(true);
  });

  it('cannot tell about an edited position until the schema is there', () => {
    expect(computePanel(edited('20'), trustingValidator(validated, null))).toBeUndefined();
    // An edit elsewhere keeps the path the server checked: it still needs no schema.
    expect(
      isParsed(trustingValidator(validated, null).path(edited('20').scenario.path as GeneratedPathDraft)),
    ).toBe(true);
  });

  it('checks an edited position with the schema once it has loaded', () => {
    const validator = trustingValidator(validated, scenarioSchemaValidator);
    const ok = computePanel(edited('20'), validator);
    expect(ok?.ok && ok.figures.initialMargin.toFixed()).toBe('3000');
    const refused = computePanel(edited('abc'), validator);
    expect(refused?.ok).toBe(false);
    if (refused && !refused.ok) expect(refused.errors.leverage).toBeDefined();
  });

  it('trusts the very objects it was given, not an equal copy', () => {
    const copy = { ...opened.position };
    expect(trustingValidator(validated, null).position(copy)).toBeUndefined();
  });
});
