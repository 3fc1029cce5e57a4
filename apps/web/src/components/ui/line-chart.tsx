import { type Domain, domainOf, downsample, polyline, scale } from './chart-geometry';

export interface ChartSeries {
  values: ArrayLike<number>;
  label: string;
  /** Tailwind stroke class, e.g. "stroke-safe". */
  className: string;
  dashed?: boolean;
}

export interface ChartLine {
  value: number;
  label: string;
  className: string;
  dashed?: boolean;
}

export interface ChartMarker {
  index: number;
  value: number;
  label: string;
  className: string;
}

export interface LineChartProps {
  series: readonly ChartSeries[];
  lines?: readonly ChartLine[];
  markers?: readonly ChartMarker[];
  /** Shade the region beyond a price (e.g. past the liquidation price). */
  zone?: { from: number; direction: 'below' | 'above'; className: string; label: string };
  /** Vertical cursor at a tick index (replays). */
  cursor?: number;
  /** Text alternative: what the chart shows, in words. */
  description: string;
  height?: number;
  domain?: Domain;
}

const W = 600;
const PAD = { top: 8, right: 8, bottom: 8, left: 8 };

/** A small, dependency-free SVG line chart for lesson widgets; scales to its container's width. */
export function LineChart({
  series,
  lines = [],
  markers = [],
  zone,
  cursor,
  description,
  height = 180,
  domain,
}: LineChartProps) {
  const length = Math.max(1, ...series.map((s) => s.values.length));
  const d =
    domain ??
    domainOf([
      ...series.flatMap((s) => Array.from(s.values)),
      ...lines.map((l) => l.value),
      ...markers.map((m) => m.value),
    ]);
  const x = (i: number) => scale(i, { min: 0, max: Math.max(1, length - 1) }, PAD.left, W - PAD.right);
  const y = (v: number) => scale(v, d, height - PAD.bottom, PAD.top);
  const clampY = (v: number) => Math.min(height - PAD.bottom, Math.max(PAD.top, y(v)));
  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 ${W} ${height}`}
        className="h-auto w-full overflow-visible"
        role="img"
        aria-label={description}
      >
        {zone ? (
          <rect
            x={PAD.left}
            width={W - PAD.left - PAD.right}
            y={zone.direction === 'below' ? clampY(zone.from) : PAD.top}
            height={
              zone.direction === 'below'
                ? height - PAD.bottom - clampY(zone.from)
                : clampY(zone.from) - PAD.top
            }
            className={zone.className}
          />
        ) : null}
        {lines.map((line) => (
          <line
            key={line.label}
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(line.value)}
            y2={y(line.value)}
            className={line.className}
            strokeWidth={1.5}
            strokeDasharray={line.dashed ? '6 4' : undefined}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {series.map((s) => (
          <path
            key={s.label}
            d={polyline(downsample(s.values).map(([i, v]) => [x(i), y(v)]))}
            fill="none"
            className={s.className}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '4 3' : undefined}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {cursor !== undefined ? (
          <line
            x1={x(cursor)}
            x2={x(cursor)}
            y1={PAD.top}
            y2={height - PAD.bottom}
            className="stroke-slate-500"
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
        ) : null}
        {markers.map((m) => (
          <circle
            key={m.label}
            cx={x(m.index)}
            cy={y(m.value)}
            r={5}
            className={m.className}
            vectorEffect="non-scaling-stroke"
          >
            <title>{m.label}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        {series.map((s) => (
          <LegendItem key={s.label} label={s.label} className={s.className} dashed={s.dashed} />
        ))}
        {lines.map((l) => (
          <LegendItem key={l.label} label={l.label} className={l.className} dashed={l.dashed ?? false} />
        ))}
        {zone ? (
          <span className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-3 w-4 ${zone.className}`} />
            {zone.label}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

function LegendItem({ label, className, dashed }: { label: string; className: string; dashed?: boolean }) {
  return (
    <span className="inline-flex items-center gap-1">
      <svg aria-hidden="true" width="18" height="6" className="overflow-visible">
        <line
          x1="0"
          x2="18"
          y1="3"
          y2="3"
          className={className}
          strokeWidth={2}
          strokeDasharray={dashed ? '4 3' : undefined}
        />
      </svg>
      {label}
    </span>
  );
}
