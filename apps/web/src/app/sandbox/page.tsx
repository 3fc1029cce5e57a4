import { guidedPreset, guidedPresets } from '@liqlab/content/sandbox/guided-presets';
import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { type ScenarioInput, scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { decodeScenarioState } from '@liqlab/scenario/scenario-state-codec';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { openingFiguresOf } from '~/components/sandbox/opening-figures';
import { type DraftAddress, draftKeyOf } from '~/components/sandbox/sandbox-draft';
import { SandboxEditor } from '~/components/sandbox/sandbox-editor';
import { DEFAULT_ANALYSIS, DEFAULT_STATE, type SandboxState } from '~/components/sandbox/sandbox-state';
import { RequestIdMeta } from '~/components/shell/request-id-meta';

export const metadata: Metadata = {
  title: 'Scenario sandbox',
  description:
    'Build a leveraged position, see its liquidation price live, and replay it along a price path.',
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/**
 * `?preset=<id>` opens a prepared scenario, `?state=<encoded>` a link shared without saving, `?guided=<id>`
 * a challenge with a goal; without any of them, the start panel offers the challenges or a blank start.
 * A saved scenario has its own address, `/sandbox/<slug>` (`?scenario=<id>`, its old form, moves there).
 * Unsaved edits on each of these addresses are kept in the browser apart (sandbox-draft.ts).
 */
export default async function SandboxPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const presetId = single(params.preset);
  const encoded = single(params.state);
  const scenarioId = single(params.scenario);
  const guidedId = single(params.guided);
  const guided = guidedId ? guidedPreset(guidedId) : undefined;
  if (scenarioId && /^[A-Za-z0-9_-]{1,64}$/.test(scenarioId)) redirect(`/sandbox/${scenarioId}`);
  let initialState: SandboxState = DEFAULT_STATE;
  let notice: string | undefined;
  let address: DraftAddress = { kind: 'blank' };
  if (encoded) {
    try {
      initialState = { scenario: decodeScenarioState(encoded), analysis: DEFAULT_ANALYSIS };
      address = { kind: 'link', encoded };
    } catch (error) {
      notice = error instanceof Error ? error.message : 'This scenario link could not be read.';
    }
  } else if (guided) {
    initialState = { scenario: scenarioFromPreset(guided.preset), analysis: DEFAULT_ANALYSIS };
    address = { kind: 'guided', id: guided.id };
  } else if (guidedId) {
    notice = `There is no challenge called “${guidedId.slice(0, 60)}”; here is the default scenario.`;
  } else if (presetId) {
    const preset = sandboxPreset(presetId);
    if (preset) {
      initialState = { scenario: scenarioFromPreset(preset), analysis: DEFAULT_ANALYSIS };
      address = { kind: 'preset', id: preset.id };
    } else
      notice = `There is no prepared scenario called “${presetId.slice(0, 60)}”; here is the default one.`;
  }
  // The editor trusts the scenario it opens with (it needs the client-side schema, and so zod, only
  // from the first edit on): it is checked here, on the server. The default and the presets are
  // known-good (unit tests) and a decoded link was checked by the codec, so the fallback is for bugs.
  const checked = scenarioInputSchema.safeParse(initialState.scenario);
  const scenario: ScenarioInput = checked.success
    ? checked.data
    : scenarioInputSchema.parse(DEFAULT_STATE.scenario);
  if (!checked.success) notice ??= 'This scenario could not be opened; here is the default one.';
  const opened = { ...initialState, scenario };
  const figures = openingFiguresOf(opened);
  return (
    <>
      <RequestIdMeta />
      <SandboxEditor
        key={draftKeyOf(address)}
        draftKey={draftKeyOf(address)}
        initialState={opened}
        {...(figures ? { opening: figures } : {})}
        {...(notice ? { notice } : {})}
        {...(guided ? { guided } : {})}
        {...(!encoded && !guidedId && !presetId
          ? { startChoices: guidedPresets.map((g) => ({ id: g.id, name: g.name, goal: g.goal.text })) }
          : {})}
      />
    </>
  );
}
