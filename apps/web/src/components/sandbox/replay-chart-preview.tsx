import type { PricePath, ReplayEvent } from '@liqlab/core';
import { domainOf, polyline, scale } from '~/components/ui/chart-geometry';
import { formatDecimal, priceDigits } from '~/lib/format-decimal';
import { displayedUpTo, displayIndices } from './decimate-path';
import type { ChartLine } from './replay-chart';
import { CHART_COLORS } from './replay-chart-colors';

/** Enough points for a phone-to-desktop-wide static drawing; every event tick is kept. */
const PREVIEW_POINTS = 400;

const DASH = { solid: undefined, dashed: '6 4', dotted: '2 3' } as const;

const MARKER_COLOR: Partial<Record<ReplayEvent['type'], string>> = {
  warning: CHART_COLORS.caution,
  'margin-call': CHART_COLORS.caution,
  'stop-loss': CHART_COLORS.safe,
  'take-profit': CHART_COLORS.safe,
  liquidation: CHART_COLORS.danger,
  bankruptcy: CHART_COLORS.danger,
  'negative-equity': CHART_COLORS.danger,
};

const LINE_TEXT: Record<string, string> = {
  [CHART_COLORS.danger]: 'text-danger',
  [CHART_COLORS.safe]: 'text-safe',
  [CHART_COLORS.caution]: 'text-caution-ink',
};

export interface ReplayChartPreviewProps {
  path: PricePath;
  events: readonly ReplayEvent[];
  lines: readonly ChartLine[];
  playhead: number;
}

/**
 * The replay chart as plain SVG, drawn on the server: the path (faint ahead of the playhead), the
 * price lines with their labels and the events so far. It stands in for the interactive chart until
 * the reader reaches for it, so the page needs no chart library to show the chart. Floats are used
 * only to place pixels; every label is a figure the caller formatted.
 */
export function ReplayChartPreview({ path, events, lines, playhead }: ReplayChartPreviewProps) {
  const indices = displayIndices(
    path,
    events.map((event) => event.index),
    PREVIEW_POINTS,
  );
  const n = Math.max(1, path.mark.length - 1);
  const domain = domainOf([
    ...Array.from(indices, (i) => path.mark[i]!),
    ...(path.last ? Array.from(indices, (i) => path.last![i]!) : []),
    ...lines.map((line) => line.price),
  ]);
  // A 1000 × 1000 drawing stretched to the box (strokes keep their width): x and y in per mille.
  const x = (tick: number) => scale(tick, { min: 0, max: n }, 0, 1000);
  const y = (price: number) => scale(price, domain, 1000, 0);
  const points = (values: ArrayLike<number>, of: ArrayLike<number>) =>
    polyline(Array.from(of, (i) => [x(i), y(values[i]!)] as [number, number]));
  const played = indices.subarray(0, Math.max(1, displayedUpTo(indices, playhead)));
  const shown = events.filter((event) => event.index <= playhead && MARKER_COLOR[event.type]);
  const ticks = [domain.max, (domain.max + domain.min) / 2, domain.min];
  // Labels of lines closer than ~6 % of the height (liquidation and bankruptcy often are) alternate sides.
  const labelled: { line: ChartLine; shifted: boolean }[] = [];
  for (const line of [...lines].sort((one, other) => other.price - one.price)) {
    const previous = labelled[labelled.length - 1];
    const near = previous !== undefined && Math.abs(y(line.price) - y(previous.line.price)) < 60;
    labelled.push({ line, shifted: near && !previous.shifted });
  }
  // Axis labels only (rounded pixels' worth of price); not Intl: a NumberFormat per call is slow.
  const priceText = (value: number) =>
    formatDecimal(value, { digits: value >= 1000 ? 0 : priceDigits(value) });

  return (
    <div className="absolute inset-0 overflow-hidden text-[11px]" data-testid="replay-chart-preview">
      <svg
        aria-hidden="true"
        viewBox="0 0 1000 1000"
        preserveAspectRatio="none"
        className="absolute inset-y-2 left-0 h-[calc(100%-1rem)] w-[calc(100%-4.5rem)] overflow-visible"
      >
        {lines.map((line) => (
          <line
            key={line.id}
            x1={0}
            x2={1000}
            y1={y(line.price)}
            y2={y(line.price)}
            stroke={line.color}
            strokeWidth={1}
            strokeDasharray={DASH[line.style]}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        <path
          d={points(path.mark, indices)}
          fill="none"
          stroke={CHART_COLORS.neutral}
          strokeWidth={1}
          strokeDasharray="2 3"
          vectorEffect="non-scaling-stroke"
        />
        {path.last ? (
          <path
            d={points(path.last, played)}
            fill="none"
            stroke={CHART_COLORS.sky}
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
        ) : null}
        <path
          d={points(path.mark, played)}
          fill="none"
          stroke={CHART_COLORS.safe}
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <div aria-hidden="true" className="absolute inset-y-2 left-0 w-[calc(100%-4.5rem)]">
        {shown.map((event) => (
          <span
            key={`${event.type}-${event.index}`}
            className="absolute -ml-1 -mt-1 h-2 w-2 rounded-full"
            style={{
              left: `${x(event.index) / 10}%`,
              top: `${y(path.mark[event.index]!) / 10}%`,
              background: MARKER_COLOR[event.type],
            }}
          />
        ))}
      </div>
      <div
        aria-hidden="true"
        className="absolute inset-y-2 right-0 w-[4.5rem] font-mono tabular-nums text-slate-600 dark:text-slate-400"
      >
        {ticks.map((tick) => (
          <span key={tick} className="absolute right-1 -translate-y-1/2" style={{ top: `${y(tick) / 10}%` }}>
            {priceText(tick)}
          </span>
        ))}
      </div>
      <div aria-hidden="true" className="absolute inset-y-2 left-1 right-[4.5rem]">
        {labelled.map(({ line, shifted }) => (
          <span
            key={line.id}
            className={`absolute ${shifted ? 'right-24' : 'right-1'} -translate-y-full bg-white/80 px-0.5 leading-tight dark:bg-slate-950/80 ${LINE_TEXT[line.color] ?? 'text-slate-600 dark:text-slate-400'}`}
            style={{ top: `${y(line.price) / 10}%` }}
          >
            {line.title}
          </span>
        ))}
      </div>
    </div>
  );
}
