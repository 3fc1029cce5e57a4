'use client';

import type { GuidedPreset } from '@liqlab/content/sandbox/guided-preset-schema';
import { ruleSetInfo } from '@liqlab/core';
import { guidedGoalStatus } from '@liqlab/scenario/guided-goal';
import type { ScenarioPath } from '@liqlab/scenario/scenario-path-schema';
import { useRouter } from 'next/navigation';
import { type KeyboardEvent, lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DeferredHydration } from '~/components/ui/deferred-hydration';
import { HoldingButton } from '~/components/ui/holding-button';
import { useDisplayPrecision } from '~/lib/display-precision';
import { DraftStatus } from './draft-status';
import type { ValidatedParts } from './draft-validator';
import { GuidedGoalBanner } from './guided-goal-banner';
import { KeyFiguresBar } from './key-figures-bar';
import { LivePanel } from './live-panel';
import { loadSchemaValidator } from './load-schema-validator';
import type { OpeningFiguresJson } from './opening-figures';
import { OrdersForm } from './orders-form';
import { OtherPositionsForm } from './other-positions-form';
import { PathForm } from './path-form';
import { PositionForm } from './position-form';
import { fieldWarnings } from './position-warning-text';
import { ReplayPlayer } from './replay-player';
import { draftKeyOf, type StoredDraft } from './sandbox-draft';
import type { PositionDraft, SandboxState, ScenarioDraft } from './sandbox-state';
import { type SaveKind, SaveShareBar } from './save-share-bar';
import { type SavedRef, type ScenarioDto, savedRefOf } from './saved-scenario';
import { type GuidedChoice, StartPanel } from './start-panel';
import { confirmDiscard, useDraftKeeper } from './use-draft-keeper';
import { useSandboxComputation } from './use-sandbox-computation';

// The other views are fetched and computed only when their tab opens: the page starts with the replay.
const CompareView = lazy(() => import('./compare-view').then((m) => ({ default: m.CompareView })));
const MarginLoanView = lazy(() => import('./margin-loan-view').then((m) => ({ default: m.MarginLoanView })));
const MonteCarloView = lazy(() => import('./monte-carlo-view').then((m) => ({ default: m.MonteCarloView })));

type View = 'replay' | 'compare' | 'monte-carlo' | 'margin-loan';

const VIEWS: readonly { id: View; label: string }[] = [
  { id: 'replay', label: 'Replay' },
  { id: 'compare', label: 'Compare' },
  { id: 'monte-carlo', label: 'Monte Carlo' },
  { id: 'margin-loan', label: 'Spot margin loan' },
];

function scenarioOfDto(dto: ScenarioDto): ScenarioDraft {
  return { title: dto.title, notes: dto.notes, position: dto.position, path: dto.path };
}

export interface SandboxEditorProps {
  /** The scenario to open, already checked against the scenario schema on the server. */
  initialState: SandboxState & { scenario: ValidatedParts };
  /** The server's figures and replay of `initialState` (openingFiguresOf), so hydrating computes nothing. */
  opening?: OpeningFiguresJson;
  /** Names the unsaved work kept in this browser for this address (sandbox-draft.ts). */
  draftKey: string;
  /** The saved scenario of mine this address is (`/sandbox/<slug>`), as the server read it. */
  saved?: SavedRef;
  notice?: string;
  /** A guided challenge opened with `?guided=<id>`: its goal is checked against every replay. */
  guided?: GuidedPreset;
  /** Opened without a scenario: offer the guided challenges or a blank start first. */
  startChoices?: readonly GuidedChoice[];
}

/** The scenario sandbox: inputs on one side, live figures, replay, comparison and simulation on the other. */
export function SandboxEditor({
  initialState,
  opening,
  draftKey,
  saved: savedAtOpen,
  notice,
  guided,
  startChoices,
}: SandboxEditorProps) {
  const router = useRouter();
  const [state, setState] = useState<SandboxState>(initialState);
  const [choosing, setChoosing] = useState(Boolean(startChoices?.length));
  const [saved, setSaved] = useState<SavedRef | null>(savedAtOpen ?? null);
  // What a save stored last (or what this address opened with): anything else is an unsaved change.
  const [baseline, setBaseline] = useState<ScenarioDraft>(initialState.scenario);
  // What the server has checked: the page's scenario, then any saved one loaded from the API.
  const [validated, setValidated] = useState<ValidatedParts>(() => ({
    position: initialState.scenario.position,
    path: initialState.scenario.path,
  }));
  const [view, setView] = useState<View>('replay');

  /** The server's copy replaces the editor's content (after a conflict, the edits are discarded). */
  const load = useCallback((dto: ScenarioDto) => {
    const scenario = scenarioOfDto(dto);
    setValidated({ position: dto.position, path: dto.path });
    setState((current) => ({ ...current, scenario }));
    setBaseline(scenario);
    setSaved(dto.isMine ? savedRefOf(dto) : null);
  }, []);

  const restore = useCallback((draft: StoredDraft) => {
    setState(draft.state);
    setChoosing(false); // work in progress comes first: the start panel steps aside
    // Edits begun on an older version stay based on it, so saving them meets the conflict dialog
    // instead of silently overwriting what was saved elsewhere since.
    setSaved((current) =>
      current && draft.baseVersion !== null && draft.baseVersion < current.version
        ? { ...current, version: draft.baseVersion }
        : current,
    );
  }, []);
  const { dirty, kept } = useDraftKeeper({
    draftKey,
    state,
    baseline,
    baseVersion: saved?.version ?? null,
    onRestore: restore,
  });
  const discard = () => {
    if (!confirmDiscard(dirty)) return;
    setState((current) => ({ ...current, scenario: baseline }));
  };

  const onSaved = (ref: SavedRef, scenario: ScenarioDraft, kind: SaveKind) => {
    setSaved(ref);
    setBaseline(scenario);
    // A new scenario gets its own address: a reload, Back or a bookmark open it again.
    if (kind === 'update') return;
    if (kind === 'copy') router.push(`/sandbox/${ref.slug}`);
    else router.replace(`/sandbox/${ref.slug}`);
  };

  const {
    panel,
    warnings: engineWarnings,
    path,
    replay,
    replayPanel,
    errors,
    stale,
  } = useSandboxComputation(state, validated, opening);
  const { precision } = useDisplayPrecision();
  const warnings = useMemo(() => fieldWarnings(engineWarnings, precision), [engineWarnings, precision]);
  const goalStatus = useMemo(
    () =>
      guided && replay && replayPanel.ok
        ? guidedGoalStatus(
            guided,
            initialState.scenario,
            // The path the replay ran on: the draft passed the schema (or it would not have replayed).
            { position: replayPanel.inputs.position, path: state.scenario.path as ScenarioPath },
            replay,
          )
        : null,
    [guided, initialState.scenario, replay, replayPanel, state.scenario.path],
  );
  // The schema that checks edits is loaded when the reader first reaches for the form (focus or
  // pointer), so that it is usually there before the first keystroke; it is not part of the start-up.
  const form = useRef<HTMLDivElement>(null);
  const figuresPanel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const prepare = () => {
      loadSchemaValidator().catch(() => undefined);
      element.removeEventListener('focusin', prepare);
      element.removeEventListener('pointerdown', prepare);
    };
    element.addEventListener('focusin', prepare);
    element.addEventListener('pointerdown', prepare);
    return () => {
      element.removeEventListener('focusin', prepare);
      element.removeEventListener('pointerdown', prepare);
    };
  }, []);
  const position = state.scenario.position;

  const setPosition = (next: PositionDraft) =>
    setState((current) => {
      const { path: currentPath } = current.scenario;
      // A generated path that started at the entry keeps starting there when the entry moves.
      const followEntry =
        currentPath.kind !== 'ticks' && currentPath.startPrice === current.scenario.position.entryPrice;
      return {
        ...current,
        scenario: {
          ...current.scenario,
          position: next,
          path: followEntry ? { ...currentPath, startPrice: next.entryPrice } : currentPath,
        },
      };
    });

  // The ARIA tabs pattern: one tab stop for the list, arrow keys (and Home/End) move and select.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = VIEWS.findIndex((item) => item.id === view);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % VIEWS.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + VIEWS.length) % VIEWS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? VIEWS.length - 1
              : null;
    const next = to === null ? undefined : VIEWS[to];
    if (!next) return;
    event.preventDefault();
    setView(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <DeferredHydration>
        <KeyFiguresBar
          panel={panel}
          outcome={replay?.outcome ?? null}
          figures={figuresPanel}
          enabled={!choosing}
        />
      </DeferredHydration>
      {choosing && startChoices ? (
        <StartPanel choices={startChoices} onStartBlank={() => setChoosing(false)} />
      ) : null}
      <div ref={form} className="flex flex-col gap-6">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Scenario sandbox</h1>
          {notice ? (
            <p role="status" className="mt-2 rounded-md border border-caution p-2 text-sm">
              {notice}
            </p>
          ) : null}
          <DraftStatus
            dirty={dirty}
            kept={kept}
            savedTitle={saved ? baseline.title : null}
            showNew={draftKey !== draftKeyOf({ kind: 'blank' })}
            onDiscard={discard}
          />
        </div>
        {guided ? (
          <GuidedGoalBanner
            goal={{ name: guided.name, text: guided.goal.text, hint: guided.goal.hint }}
            status={goalStatus}
          />
        ) : null}
        <DeferredHydration>
          <PositionForm
            position={position}
            onChange={setPosition}
            errors={errors}
            warnings={warnings}
            maxLeverage={panel.ok ? panel.figures.maxLeverage : panel.maxLeverage}
          />
        </DeferredHydration>
        {position.marginMode === 'cross' ? (
          <OtherPositionsForm position={position} onChange={setPosition} errors={errors} />
        ) : null}
        <DeferredHydration>
          <OrdersForm
            position={position}
            onChange={setPosition}
            errors={errors}
            warnings={warnings}
            liquidationPrice={panel.ok ? panel.figures.liquidationPrice : null}
          />
        </DeferredHydration>
        <DeferredHydration>
          <PathForm
            path={state.scenario.path}
            entryPrice={position.entryPrice}
            priceUnit={ruleSetInfo(position.rules).quoteAsset}
            analysis={state.analysis}
            errors={errors}
            onChange={(nextPath) =>
              setState((current) => ({ ...current, scenario: { ...current.scenario, path: nextPath } }))
            }
            onAnalysisChange={(analysis) => setState((current) => ({ ...current, analysis }))}
          />
        </DeferredHydration>
      </div>
      <div className="flex min-w-0 flex-col gap-6">
        <div ref={figuresPanel}>
          <DeferredHydration>
            <LivePanel result={panel} />
          </DeferredHydration>
        </div>
        <div>
          <div
            role="tablist"
            aria-label="Sandbox views"
            onKeyDown={onTabKey}
            className="flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-700"
          >
            {VIEWS.map((item) => (
              <HoldingButton
                key={item.id}
                role="tab"
                id={`tab-${item.id}`}
                aria-selected={view === item.id}
                aria-controls={`panel-${item.id}`}
                tabIndex={view === item.id ? 0 : -1}
                onClick={() => setView(item.id)}
                className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${view === item.id ? 'border-safe font-semibold' : 'border-transparent'}`}
              >
                {item.label}
              </HoldingButton>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`panel-${view}`}
            aria-labelledby={`tab-${view}`}
            className="pt-3"
            aria-busy={stale}
          >
            {!path || !replay || !replayPanel.ok ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Fix the highlighted fields to replay the path.
              </p>
            ) : view === 'replay' ? (
              // Outside the lazy views' Suspense boundary: React would send a boundary this large at the
              // end of the HTML, hidden until a script revealed it, so the chart would be missing
              // without scripts and laid out a second time with them.
              <DeferredHydration>
                <ReplayPlayer
                  inputs={replayPanel.inputs}
                  figures={replayPanel.figures}
                  path={path}
                  replay={replay}
                />
              </DeferredHydration>
            ) : (
              <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading…</p>}>
                {view === 'compare' ? (
                  <CompareView position={position} path={path} />
                ) : view === 'margin-loan' ? (
                  <MarginLoanView path={path} entryPrice={position.entryPrice} />
                ) : (
                  <MonteCarloView
                    figures={replayPanel.figures}
                    seed={state.scenario.path.kind === 'ticks' ? 'upload' : state.scenario.path.seed}
                    {...(position.stopLoss ? { stop: position.stopLoss.price } : {})}
                    {...(position.takeProfit ? { takeProfit: position.takeProfit.price } : {})}
                  />
                )}
              </Suspense>
            )}
          </div>
        </div>
        <DeferredHydration>
          <SaveShareBar
            scenario={state.scenario}
            saved={saved}
            onScenarioChange={(scenario) => setState((current) => ({ ...current, scenario }))}
            onSaved={onSaved}
            onReload={load}
          />
        </DeferredHydration>
      </div>
    </div>
  );
}
