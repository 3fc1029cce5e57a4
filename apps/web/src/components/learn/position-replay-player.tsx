'use client';

import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import { closingEvent, positionMargin, unrealizedPnl } from '@liqlab/core';
import { replayPreset } from '@liqlab/scenario/replay-preset';
import { useEffect, useMemo, useState } from 'react';
import { AppLink } from '~/components/ui/app-link';
import { FigureList } from '~/components/ui/figure-list';
import { HoldingButton } from '~/components/ui/holding-button';
import { type ChartLine, LineChart } from '~/components/ui/line-chart';
import { ReaderText } from '~/components/ui/reader-text';
import { returnedText, SettlementNote } from '~/components/ui/settlement-note';
import { sliderEdit, useEditBeforeHydration } from '~/components/ui/use-edit-before-hydration';
import { useNumberFormat } from '~/lib/use-number-format';
import { WidgetFrame } from './widget-frame';

const FRAMES = 120;

const OUTCOME_TEXT = {
  'stopped-out': 'stopped out at',
  liquidated: 'liquidated at',
  'took-profit': 'took profit at',
  open: 'still open at',
} as const;

export function PositionReplayPlayer({ preset }: { preset: SandboxPreset }) {
  const { formatDecimal } = useNumberFormat();
  const usdt = (value: Parameters<typeof formatDecimal>[0]) => formatDecimal(value, { unit: 'USDT' });
  const { path, liquidation, result, inputs } = useMemo(() => replayPreset(preset), [preset]);
  const { spec } = inputs;
  const end = path.mark.length - 1;
  const [cursor, setCursor] = useState(end);
  const [playing, setPlaying] = useState(false);
  const stepSize = Math.max(1, Math.round(end / FRAMES));
  const moveCursor = (tick: number) => {
    setPlaying(false);
    setCursor(tick);
  };
  const scrub = useEditBeforeHydration((tick: string) => moveCursor(Number(tick)), sliderEdit);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setCursor((c) => {
        const next = Math.min(end, c + stepSize);
        if (next >= end) setPlaying(false);
        return next;
      });
    }, 50);
    return () => clearInterval(timer);
  }, [playing, end, stepSize]);

  const closedAt = result.closedAt;
  const closed = closedAt !== null && cursor >= closedAt;
  const closeEvent = closingEvent(result);
  const mark = path.mark[Math.min(cursor, closedAt ?? end)]!;
  const pnl = unrealizedPnl(spec, mark);
  const equity = positionMargin(spec).plus(pnl);

  const lines: ChartLine[] = [
    { value: Number(preset.position.entryPrice), label: 'Entry', className: 'stroke-slate-500' },
  ];
  if (preset.stopLoss)
    lines.push({
      value: Number(preset.stopLoss),
      label: `Stop ${usdt(preset.stopLoss)}`,
      className: 'stroke-caution',
      dashed: true,
    });
  if (preset.takeProfit)
    lines.push({
      value: Number(preset.takeProfit),
      label: `Take-profit ${usdt(preset.takeProfit)}`,
      className: 'stroke-safe',
      dashed: true,
    });
  if (liquidation)
    lines.push({
      value: liquidation.toNumber(),
      label: `Liquidation ${usdt(liquidation)}`,
      className: 'stroke-danger',
      dashed: true,
    });

  const outcome = closed || cursor === end ? result.outcome : 'open';
  const outcomeText =
    outcome === 'open'
      ? `still open at ${usdt(mark)}`
      : `${OUTCOME_TEXT[outcome]} ${usdt(closeEvent?.price ?? mark)}`;

  return (
    <WidgetFrame title={`Replay: ${preset.title}`} note={<ReaderText text={preset.description} />}>
      <LineChart
        description={`Mark price of ${preset.title}; outcome: ${OUTCOME_TEXT[result.outcome]} ${usdt(closeEvent?.price ?? path.mark[end])}`}
        series={[{ values: path.mark, label: 'Mark price', className: 'stroke-safe' }]}
        lines={lines}
        cursor={cursor}
        markers={
          closeEvent && closed
            ? [
                {
                  index: closeEvent.index,
                  value: closeEvent.mark.toNumber(),
                  label: outcomeText,
                  className: result.outcome === 'liquidated' ? 'fill-danger' : 'fill-caution',
                },
              ]
            : []
        }
      />
      <div className="flex flex-wrap items-center gap-2">
        <HoldingButton
          onClick={() => {
            if (cursor >= end) setCursor(0);
            setPlaying((p) => !p);
          }}
          className="rounded-md bg-safe px-3 py-1.5 text-sm font-normal text-white dark:text-slate-950"
        >
          {playing ? 'Pause' : cursor >= end ? 'Replay' : 'Play'}
        </HoldingButton>
        <HoldingButton
          onClick={() => {
            setPlaying(false);
            setCursor((c) => Math.max(0, c - stepSize));
          }}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700"
        >
          ◀ Step back
        </HoldingButton>
        <HoldingButton
          onClick={() => {
            setPlaying(false);
            setCursor((c) => Math.min(end, c + stepSize));
          }}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700"
        >
          Step ▶
        </HoldingButton>
        <AppLink
          href={`/sandbox?preset=${encodeURIComponent(preset.id)}`}
          className="ml-auto text-sm font-normal text-safe underline"
        >
          Open in sandbox
        </AppLink>
      </div>
      <input
        ref={scrub}
        type="range"
        min={0}
        max={end}
        value={cursor}
        aria-label="Replay position in time"
        aria-valuetext={`tick ${cursor} of ${end}`}
        onChange={(e) => moveCursor(Number(e.target.value))}
        className="w-full accent-safe"
      />
      <FigureList
        figures={[
          { label: closed ? 'Mark price when it closed' : 'Mark price', value: usdt(mark) },
          {
            label: 'Unrealized PnL',
            value: closed ? 'closed' : formatDecimal(pnl, { signed: true, unit: 'USDT' }),
            tone: pnl.lt(0) ? 'danger' : 'safe',
          },
          closed
            ? {
                label: 'Returned to you',
                value: returnedText(result.liquidationRemainder, result.residual, usdt),
                testId: 'replay-returned',
              }
            : { label: 'Equity', value: usdt(equity) },
          {
            label: 'Outcome',
            value: outcomeText,
            tone: outcome === 'liquidated' ? 'danger' : outcome === 'open' ? undefined : 'caution',
            testId: 'replay-outcome',
          },
          ...(cursor >= end || closed
            ? [
                {
                  label: 'Realized result (after fees)',
                  value: formatDecimal(result.netPnl, { signed: true, unit: 'USDT' }),
                  tone: result.netPnl.lt(0) ? ('danger' as const) : ('safe' as const),
                },
              ]
            : []),
        ]}
      />
      {closed && result.liquidationRemainder ? (
        <SettlementNote
          rules={spec.rules}
          marginMode={spec.marginMode}
          remainder={result.liquidationRemainder}
          cuts={result.partialCuts}
          money={usdt}
        />
      ) : null}
    </WidgetFrame>
  );
}
