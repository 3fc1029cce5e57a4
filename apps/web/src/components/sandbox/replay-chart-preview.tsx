import type { PricePath, ReplayEvent } from '@liqlab/core';
import { domainOf, polyline, scale } from '~/components/ui/chart-geometry';
import { lineTitleCandidates, placeLabels } from '~/components/ui/label-layout';
import { useNumberFormat } from '~/lib/use-number-format';
import { displayedUpTo, displayIndices } from './decimate-path';
import type { ChartLine } from './replay-chart';
import { CHART_COLORS, CHART_TEXT_CLASS } from './replay-chart-colors';

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

/**
 * The titles' layout is worked out for the smallest drawing (a phone's 288 px box less its 16 px
 * margin): in a taller box the lines only move further apart, so titles clear of each other here stay
 * clear. Each title claims a column of 6 rem, more than the longest title needs.
 */
const LAYOUT_HEIGHT = 272;
const TITLE = { width: 92, height: 16, column: 96 };

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
  const { formatDecimal, priceDigits } = useNumberFormat();
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
  // Titles of lines close together (liquidation and bankruptcy often are) move below their line or
  // one column left; `right` and the offset from the line are in pixels, the line's height in per mille.
  const rightEdge = TITLE.column * 3;
  const pixelsAt = (line: ChartLine) => (y(line.price) / 1000) * LAYOUT_HEIGHT;
  const placed = placeLabels(
    lines.map((line) => ({
      id: line.id,
      width: TITLE.width,
      height: TITLE.height,
      candidates: lineTitleCandidates(pixelsAt(line), TITLE, rightEdge, TITLE.column),
    })),
    { width: rightEdge, height: LAYOUT_HEIGHT },
  );
  // Axis labels read like every other price (the reader's decimal places), but a 1,000+ price's at
  // most two: the ticks are round values a step far above a cent apart, and the axis is 4.5 rem wide.
  // Not Intl: a NumberFormat per call is slow.
  const priceText = (value: number) =>
    formatDecimal(value, { digits: value >= 1000 ? Math.min(priceDigits(value), 2) : priceDigits(value) });

  return (
    <div className="absolute inset-0 overflow-hidden text-xs" data-testid="replay-chart-preview">
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
        className="absolute inset-y-2 right-0 w-[4.5rem] tabular-nums text-slate-600 dark:text-slate-400"
      >
        {ticks.map((tick) => (
          <span
            key={tick}
            className="absolute right-1 -translate-y-1/2"
            style={{ top: `${y(tick) / 10}%` }}
            data-testid="chart-axis-label"
          >
            {priceText(tick)}
          </span>
        ))}
      </div>
      <div aria-hidden="true" className="absolute inset-y-2 left-1 right-[4.5rem]">
        {lines.map((line) => {
          const box = placed.get(line.id);
          if (!box) return null;
          return (
            <span
              key={line.id}
              data-testid="chart-label"
              className={`absolute bg-white/80 px-0.5 leading-4 dark:bg-slate-950/80 ${CHART_TEXT_CLASS[line.color] ?? 'text-slate-600 dark:text-slate-400'}`}
              style={{
                top: `calc(${y(line.price) / 10}% + ${(box.top - pixelsAt(line)).toFixed(1)}px)`,
                right: `${rightEdge - box.left - box.width + 4}px`,
              }}
            >
              {line.title}
            </span>
          );
        })}
      </div>
    </div>
  );
}
