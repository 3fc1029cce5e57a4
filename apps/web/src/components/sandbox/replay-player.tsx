'use client';

import { closingEvent, Decimal, type PricePath, type ReplayEvent, type ReplayResult } from '@liqlab/core';
import type { EngineInputs } from '@liqlab/scenario/engine-inputs-from-scenario';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { HoldingButton } from '~/components/ui/holding-button';
import { InfoTip } from '~/components/ui/info-tip';
import { returnedText, SettlementNote } from '~/components/ui/settlement-note';
import { selectEdit, sliderEdit, useEditBeforeHydration } from '~/components/ui/use-edit-before-hydration';
import { useNumberFormat } from '~/lib/use-number-format';
import { lessonHref } from './lesson-links';
import { MarginGauge } from './margin-gauge';
import type { PanelFigures } from './panel-figures';
import { type ChartLine, ReplayChart } from './replay-chart';
import { CHART_COLORS } from './replay-chart-colors';
import { playheadAt } from './replay-run';

/** At 1× the whole path plays in this many seconds, whatever its length. */
const SECONDS_AT_1X = 20;
const SPEEDS = ['0.25', '0.5', '1', '2', '5', '20'] as const;

const EVENT_TEXT: Record<ReplayEvent['type'], string> = {
  warning: 'Margin warning',
  'margin-call': 'Margin call',
  'stop-loss': 'Stop-loss filled',
  'take-profit': 'Take-profit filled',
  funding: 'Funding',
  interest: 'Interest',
  'partial-liquidation': 'Partial liquidation (position cut to a lower tier)',
  liquidation: 'Liquidation',
  bankruptcy: 'Bankruptcy price crossed',
  'negative-equity': 'Deficit covered by the insurance fund',
  end: 'End of path',
};

function utc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function chartLines(
  figures: PanelFigures,
  inputs: EngineInputs,
  liquidationNow: Decimal | null,
): ChartLine[] {
  const lines: ChartLine[] = [
    {
      id: 'entry',
      price: Number(inputs.position.entryPrice),
      title: 'Entry',
      color: CHART_COLORS.neutral,
      style: 'solid',
    },
  ];
  const liq = liquidationNow ?? figures.liquidationPrice;
  if (liq)
    lines.push({
      id: 'liq',
      price: liq.toNumber(),
      title: 'Liquidation',
      color: CHART_COLORS.danger,
      style: 'dashed',
    });
  if (figures.bankruptcyPrice) {
    lines.push({
      id: 'bk',
      price: figures.bankruptcyPrice.toNumber(),
      title: 'Bankruptcy',
      color: CHART_COLORS.danger,
      style: 'dotted',
    });
  }
  if (inputs.position.stopLoss) {
    lines.push({
      id: 'sl',
      price: Number(inputs.position.stopLoss.price),
      title: 'Stop',
      color: CHART_COLORS.caution,
      style: 'dashed',
    });
  }
  if (inputs.position.takeProfit) {
    lines.push({
      id: 'tp',
      price: Number(inputs.position.takeProfit.price),
      title: 'Take-profit',
      color: CHART_COLORS.safe,
      style: 'dashed',
    });
  }
  return lines;
}

export interface ReplayPlayerProps {
  inputs: EngineInputs;
  figures: PanelFigures;
  path: PricePath;
  replay: ReplayResult;
}

/** The chart, its Play / Pause / scrub / speed controls, and the figures at the playhead. */
export function ReplayPlayer({ inputs, figures, path, replay }: ReplayPlayerProps) {
  const { formatDecimal, formatPercent, priceDigits, amountDigits } = useNumberFormat();
  const last = path.t.length - 1;
  const [playhead, setPlayhead] = useState(last);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>('1');
  // Any use of the controls brings in the interactive chart (see ReplayChart).
  const [controlsUsed, setControlsUsed] = useState(false);
  const position = useRef(playhead);
  const scrubId = useId();
  const speedId = useId();
  const changeSpeed = (value: string) => {
    setControlsUsed(true);
    setSpeed(value as (typeof SPEEDS)[number]);
  };
  const movePlayhead = (tick: number) => {
    setControlsUsed(true);
    setPlaying(false);
    setPlayhead(tick);
  };
  const speedSelect = useEditBeforeHydration(changeSpeed, selectEdit);
  const scrub = useEditBeforeHydration((tick: string) => movePlayhead(Number(tick)), sliderEdit);

  // A new path keeps the playhead where it was, within the new length.
  useEffect(() => {
    setPlayhead((current) => Math.min(current, last));
  }, [last]);

  // The loop restarts only on play/pause or a speed change, not on every frame's playhead.
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let previous = performance.now();
    position.current = playhead >= last ? 0 : playhead;
    const ticksPerMs = (last / (SECONDS_AT_1X * 1000)) * Number(speed);
    const step = (now: number) => {
      position.current = Math.min(last, position.current + (now - previous) * ticksPerMs);
      previous = now;
      setPlayhead(Math.floor(position.current));
      if (position.current >= last) setPlaying(false);
      else frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, last]);

  const state = useMemo(() => playheadAt(inputs, path, replay, playhead), [inputs, path, replay, playhead]);
  const lines = useMemo(() => chartLines(figures, inputs, null), [figures, inputs]);
  const unit = figures.marginAsset;
  const money = (value: Decimal) => formatDecimal(value, { digits: amountDigits(unit), unit });
  const closing = closingEvent(replay);
  const closed = state.status !== 'open';
  const visibleEvents = state.events.filter((event) => event.type !== 'funding').slice(-6);
  const funding = state.events.filter((event) => event.type === 'funding');

  return (
    <section aria-labelledby="replay-title" className="flex flex-col gap-3">
      <h2 id="replay-title" className="text-sm font-semibold">
        Replay
      </h2>
      <ReplayChart
        path={path}
        events={replay.events}
        lines={lines}
        playhead={playhead}
        interactive={controlsUsed}
        label={`Price chart: mark price${path.last ? ' and last price' : ''} with entry, liquidation and bankruptcy lines; ${replay.events.length} replay events.`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <HoldingButton
          onClick={() => {
            setControlsUsed(true);
            setPlaying((p) => !p);
          }}
          className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-semibold text-white dark:bg-slate-100 dark:text-slate-900"
        >
          {playing ? 'Pause' : playhead >= last ? 'Play from start' : 'Play'}
        </HoldingButton>
        {closing ? (
          <HoldingButton
            onClick={() => {
              setControlsUsed(true);
              setPlaying(false);
              setPlayhead(closing.index);
            }}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600"
          >
            Jump to the {closing.type === 'liquidation' ? 'liquidation' : 'close'}
          </HoldingButton>
        ) : null}
        <label htmlFor={speedId} className="text-sm">
          Speed
        </label>
        <select
          ref={speedSelect}
          id={speedId}
          value={speed}
          onChange={(event) => changeSpeed(event.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={scrubId} className="flex justify-between text-xs">
          <span>Playhead</span>
          <span className="tabular-nums">{utc(state.time)}</span>
        </label>
        <input
          ref={scrub}
          id={scrubId}
          type="range"
          min={0}
          max={last}
          step={1}
          value={playhead}
          aria-valuetext={`tick ${playhead} of ${last}, ${utc(state.time)}`}
          onChange={(event) => movePlayhead(Number(event.target.value))}
          className="w-full accent-safe"
        />
      </div>
      <div className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2 dark:border-slate-700">
        <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
          <dt>Mark price</dt>
          <dd className="text-right tabular-nums" data-testid="playhead-mark">
            {formatDecimal(state.mark, { digits: priceDigits(state.mark) })}
          </dd>
          <dt>{closed ? 'Returned to you' : 'Equity'}</dt>
          <dd className="text-right tabular-nums" data-testid="playhead-equity">
            {closed ? returnedText(replay.liquidationRemainder, state.equity, money) : money(state.equity)}
          </dd>
          {funding.length > 0 ? (
            <>
              <dt>Funding so far</dt>
              <dd className="text-right tabular-nums">
                {money(funding.reduce((sum, event) => sum.plus(event.amount ?? 0), new Decimal(0)))}
              </dd>
            </>
          ) : null}
        </dl>
        <div>
          {closed ? (
            <p
              className={`text-sm font-semibold ${state.status === 'liquidated' ? 'text-danger' : 'text-safe'}`}
              data-testid="playhead-status"
            >
              {state.status === 'liquidated'
                ? '✖ Liquidated'
                : state.status === 'stopped-out'
                  ? '■ Stopped out'
                  : '■ Took profit'}
            </p>
          ) : (
            <MarginGauge ratio={state.marginRatio} />
          )}
        </div>
      </div>
      <div
        aria-live="polite"
        className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
        data-testid="replay-outcome"
      >
        <h3 className="font-semibold">
          Outcome of the whole path
          <InfoTip href={lessonHref('residual')} topic="the residual balance" />
        </h3>
        {replay.outcome === 'liquidated' && closing ? (
          <p className="text-danger">
            Liquidated at {utc(closing.time)}, filled at{' '}
            {formatDecimal(closing.price, { digits: priceDigits(closing.price) })}.
          </p>
        ) : replay.outcome === 'stopped-out' && closing ? (
          <p className="text-safe">
            Survived: the stop-loss closed the position at{' '}
            {formatDecimal(closing.price, { digits: priceDigits(closing.price) })} ({utc(closing.time)}).
          </p>
        ) : replay.outcome === 'took-profit' && closing ? (
          <p className="text-safe">
            Survived: the take-profit filled at{' '}
            {formatDecimal(closing.price, { digits: priceDigits(closing.price) })}.
          </p>
        ) : (
          <p className="text-safe">Survived: still open at the end of the path.</p>
        )}
        <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 sm:grid-cols-4">
          <dt>Residual balance</dt>
          <dd className="tabular-nums" data-testid="fig-residual">
            {returnedText(replay.liquidationRemainder, replay.residual, money)}
          </dd>
          <dt>Net PnL</dt>
          <dd className="tabular-nums" data-testid="fig-net-pnl">
            {formatDecimal(replay.netPnl, { digits: amountDigits(unit), unit, signed: true })}
          </dd>
          <dt>Fees paid</dt>
          <dd className="tabular-nums">{money(replay.totalFees)}</dd>
          {replay.insuranceFundCover.gt(0) ? (
            <>
              <dt>Insurance fund covered</dt>
              <dd className="tabular-nums">{money(replay.insuranceFundCover)}</dd>
            </>
          ) : null}
        </dl>
        {replay.liquidationRemainder ? (
          <SettlementNote
            rules={inputs.spec.rules}
            marginMode={inputs.spec.marginMode}
            remainder={replay.liquidationRemainder}
            cuts={replay.partialCuts}
            money={money}
          />
        ) : null}
      </div>
      <div>
        <h3 className="text-sm font-semibold">Events up to the playhead</h3>
        {visibleEvents.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Nothing yet.</p>
        ) : (
          <ol className="text-sm" data-testid="replay-events">
            {visibleEvents.map((event) => (
              <li
                key={`${event.type}-${event.index}`}
                className="flex justify-between gap-2 border-b border-slate-100 py-0.5 dark:border-slate-800"
              >
                <span
                  className={event.type === 'liquidation' || event.type === 'bankruptcy' ? 'text-danger' : ''}
                >
                  {EVENT_TEXT[event.type]}
                  {event.level ? ` (${formatPercent(event.level, 0)})` : ''}
                </span>
                <span className="tabular-nums text-slate-600 dark:text-slate-400">{utc(event.time)}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
