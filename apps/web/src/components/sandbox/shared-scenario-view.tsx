'use client';

import type { ScenarioInput } from '@liqlab/scenario/scenario-schema';
import { useMemo } from 'react';
import { LivePanel } from './live-panel';
import type { OpeningFiguresJson } from './opening-figures';
import { ReplayPlayer } from './replay-player';
import { DEFAULT_ANALYSIS } from './sandbox-state';
import { useSandboxComputation } from './use-sandbox-computation';

/**
 * A saved scenario, read-only: the same pure computation as the editor, so anyone who opens the link
 * sees exactly the figures and the (seeded, deterministic) path its author saw. The API validated the
 * scenario when it was saved and again when it was read, so it is not checked a third time here.
 */
export function SharedScenarioView({
  scenario,
  opening,
}: {
  scenario: ScenarioInput;
  /** The server's figures and replay of `scenario` (openingFiguresOf), so hydrating computes nothing. */
  opening?: OpeningFiguresJson;
}) {
  const state = useMemo(() => ({ scenario, analysis: DEFAULT_ANALYSIS }), [scenario]);
  const validated = useMemo(() => ({ position: scenario.position, path: scenario.path }), [scenario]);
  const { panel, path, replay, replayPanel } = useSandboxComputation(state, validated, opening);
  return (
    <div className="flex flex-col gap-6">
      <LivePanel result={panel} />
      {path && replay && replayPanel.ok ? (
        <ReplayPlayer inputs={replayPanel.inputs} figures={replayPanel.figures} path={path} replay={replay} />
      ) : null}
    </div>
  );
}
