'use client';

import { useMemo, useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { FigureList } from '~/components/ui/figure-list';
import { type ChartLine, LineChart } from '~/components/ui/line-chart';
import { RangeField } from '~/components/ui/range-field';
import { errorFor, unownedError } from '~/lib/engine-result';
import { useNumberFormat } from '~/lib/use-number-format';
import { bandFigures, samplePaths } from './volatility-band-figures';
import { WidgetFrame } from './widget-frame';

const SAMPLE_CLASSES = ['stroke-slate-400', 'stroke-slate-500', 'stroke-slate-300', 'stroke-slate-600'];

export function VolatilityBandChart(props: {
  entryPrice: string;
  annualVolatility: string;
  horizonHours: string;
  sigmas: string;
  side: string;
  stopPrice?: string;
}) {
  const { formatDecimal, formatPercent } = useNumberFormat();
  const usdt = (value: Parameters<typeof formatDecimal>[0]) => formatDecimal(value, { unit: 'USDT' });
  const side = props.side === 'short' ? 'short' : 'long';
  const sigmas = props.sigmas
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const entryNumber = Number(props.entryPrice);
  const [annualVolatility, setVol] = useState(props.annualVolatility);
  const [horizonHours, setHours] = useState(props.horizonHours);
  const [stopPrice, setStop] = useState(
    props.stopPrice ?? String(Math.round(entryNumber * (side === 'long' ? 0.96 : 1.04))),
  );
  const result = bandFigures({
    entryPrice: props.entryPrice,
    annualVolatility,
    horizonHours,
    sigmas,
    side,
    stopPrice,
  });
  const f = result.ok ? result.value : null;
  const paths = useMemo(
    () => samplePaths(props.entryPrice, annualVolatility, horizonHours),
    [props.entryPrice, annualVolatility, horizonHours],
  );
  const lines: ChartLine[] = [{ value: entryNumber, label: 'Entry', className: 'stroke-slate-500' }];
  for (const band of f?.bands ?? []) {
    lines.push({
      value: band.lower.toNumber(),
      label: `−${band.sigmas}σ`,
      className: 'stroke-safe',
      dashed: true,
    });
    lines.push({
      value: band.upper.toNumber(),
      label: `+${band.sigmas}σ`,
      className: 'stroke-safe/50',
      dashed: true,
    });
  }
  const stopNumber = Number(stopPrice);
  if (stopNumber > 0)
    lines.push({ value: stopNumber, label: `Stop ${usdt(stopPrice)}`, className: 'stroke-danger' });
  const widest = f?.bands.at(-1);
  const sliderMin = Math.round(entryNumber * (side === 'long' ? 0.85 : 1.001));
  const sliderMax = Math.round(entryNumber * (side === 'long' ? 0.999 : 1.15));
  return (
    <WidgetFrame
      title="Volatility band and your stop"
      error={unownedError(result, ['annualVolatility', 'horizonHours', 'stopPrice'])}
      note="The touch probability assumes a random walk without drift (2 × (1 − Φ(k)) for a stop k standard deviations away). Real crypto prices have fatter tails: treat it as a rough guide that probably understates how often a far stop is reached."
    >
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <DecimalField
          label="Annual volatility (0.6 = 60%)"
          value={annualVolatility}
          onChange={setVol}
          error={errorFor(result, 'annualVolatility')}
        />
        <DecimalField
          label="Holding period"
          unit="hours"
          value={horizonHours}
          onChange={setHours}
          error={errorFor(result, 'horizonHours')}
        />
        <DecimalField
          label="Stop price"
          unit="USDT"
          value={stopPrice}
          onChange={setStop}
          error={errorFor(result, 'stopPrice', 'barrier', 'liquidationPrice')}
        />
      </div>
      <RangeField
        label="Drag the stop"
        value={stopPrice}
        min={sliderMin}
        max={sliderMax}
        step={10}
        onChange={setStop}
        valueText={usdt(stopNumber > 0 ? stopPrice : null)}
      />
      <LineChart
        description={`Sample random paths around ${usdt(props.entryPrice)} with bands at ${sigmas.join(' and ')} standard deviations and the stop at ${usdt(stopPrice)}`}
        series={paths.map((p, i) => ({
          values: p.mark,
          label: `Sample path ${i + 1}`,
          className: SAMPLE_CLASSES[i % SAMPLE_CLASSES.length]!,
        }))}
        lines={lines}
      />
      <FigureList
        figures={[
          { label: `Typical move over ${horizonHours} h (1σ)`, value: usdt(f?.typicalMove) },
          ...(widest
            ? [
                {
                  label: `±${widest.sigmas}σ band`,
                  value: `${usdt(widest.lower)} – ${formatDecimal(widest.upper)}`,
                },
              ]
            : []),
          {
            label: 'Stop distance',
            value: f ? `${formatDecimal(f.stopSigmas, { digits: 2 })} σ` : '—',
            testId: 'stop-sigmas',
          },
          {
            label: 'Chance noise touches the stop',
            value: f ? formatPercent(f.touchProbability, 1) : '—',
            tone: f
              ? f.touchProbability > 0.2
                ? 'danger'
                : f.touchProbability > 0.05
                  ? 'caution'
                  : 'safe'
              : undefined,
          },
          ...(f?.stopOnWrongSide
            ? [
                {
                  label: 'Check',
                  value: `A ${side} stop belongs ${side === 'long' ? 'below' : 'above'} the entry`,
                  tone: 'danger' as const,
                },
              ]
            : []),
        ]}
      />
    </WidgetFrame>
  );
}
