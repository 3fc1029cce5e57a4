'use client';

import { LivePanel } from './live-panel';
import { ReplayPlayer } from './replay-player';
import { DEFAULT_ANALYSIS, type ScenarioDraft } from './sandbox-state';
import { useSandboxComputation } from './use-sandbox-computation';

/**
 * A saved scenario, read-only: the same pure computation as the editor, so anyone who opens the link
 * sees exactly the figures and the (seeded, deterministic) path its author saw.
 */
export function SharedScenarioView({ scenario }: { scenario: ScenarioDraft }) {
  const { panel, path, replay, replayPanel } = useSandboxComputation({
    scenario,
    analysis: DEFAULT_ANALYSIS,
  });
  return (
    <div className="flex flex-col gap-6">
      <LivePanel result={panel} />
      {path && replay && replayPanel.ok ? (
        <ReplayPlayer inputs={replayPanel.inputs} figures={replayPanel.figures} path={path} replay={replay} />
      ) : null}
    </div>
  );
}
