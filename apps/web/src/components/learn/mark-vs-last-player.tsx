'use client';

import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import { replayPreset } from '@liqlab/scenario/replay-preset';
import { useMemo, useState } from 'react';
import { FigureList } from '~/components/ui/figure-list';
import { LineChart } from '~/components/ui/line-chart';
import { ReaderText } from '~/components/ui/reader-text';
import { useNumberFormat } from '~/lib/use-number-format';
import { extremeOf } from './series-extreme';
import { WidgetFrame } from './widget-frame';

export function MarkVsLastPlayer({ presets }: { presets: readonly SandboxPreset[] }) {
  const { formatDecimal } = useNumberFormat();
  const usdt = (value: Parameters<typeof formatDecimal>[0]) => formatDecimal(value, { unit: 'USDT' });
  const [selected, setSelected] = useState(0);
  const preset = presets[selected] ?? presets[0]!;
  const { path, liquidation, result } = useMemo(() => replayPreset(preset), [preset]);
  const last = path.last ?? path.mark;
  const lowestLast = extremeOf(last, 'min');
  const liquidationEvent = result.events.find((e) => e.type === 'liquidation');
  const liq = liquidation?.toNumber();
  return (
    <WidgetFrame title="Mark price versus last price" note={<ReaderText text={preset.description} />}>
      {presets.length > 1 ? (
        <fieldset className="flex flex-wrap gap-2">
          <legend className="sr-only">Leverage</legend>
          {presets.map((p, i) => (
            <label
              key={p.id}
              className={`cursor-pointer rounded-full border px-3 py-1 text-sm has-[:focus-visible]:outline-3 ${
                i === selected
                  ? 'border-safe bg-safe text-white dark:text-slate-950'
                  : 'border-slate-300 dark:border-slate-700'
              }`}
            >
              <input
                type="radio"
                name={`mvl-${presets[0]!.id}`}
                className="sr-only"
                checked={i === selected}
                onChange={() => setSelected(i)}
              />
              {p.position.leverage}× long
            </label>
          ))}
        </fieldset>
      ) : null}
      <LineChart
        description={`Last and mark price along the ${preset.title} path; liquidation price ${liquidation ? usdt(liquidation) : 'none'}`}
        series={[
          { values: last, label: 'Last price', className: 'stroke-slate-400', dashed: true },
          { values: path.mark, label: 'Mark price', className: 'stroke-safe' },
        ]}
        lines={
          liq !== undefined
            ? [
                {
                  value: liq,
                  label: `Liquidation ${usdt(liquidation)}`,
                  className: 'stroke-danger',
                  dashed: true,
                },
              ]
            : []
        }
        markers={[
          {
            index: lowestLast.index,
            value: lowestLast.value,
            label: 'Lowest last price',
            className: 'fill-slate-500',
          },
          ...(liquidationEvent
            ? [
                {
                  index: liquidationEvent.index,
                  value: liquidationEvent.mark.toNumber(),
                  label: 'Liquidated on the mark price',
                  className: 'fill-danger',
                },
              ]
            : []),
        ]}
      />
      <p className="rounded-md bg-white p-2 text-sm dark:bg-slate-950">
        The chart printed <strong>{usdt(lowestLast.value)}</strong> — the mark price was{' '}
        <strong>{usdt(path.mark[lowestLast.index])}</strong>.
      </p>
      <FigureList
        figures={[
          { label: 'Liquidation price', value: liquidation ? usdt(liquidation) : 'none', tone: 'danger' },
          {
            label: 'Outcome',
            value: liquidationEvent
              ? `✕ liquidated when the mark reached ${usdt(liquidationEvent.mark)}`
              : '✓ survived: the mark never reached the liquidation price',
            tone: liquidationEvent ? 'danger' : 'safe',
            testId: 'mark-vs-last-outcome',
          },
        ]}
      />
    </WidgetFrame>
  );
}
