import { scale } from './chart-geometry';

export interface AxisMark {
  value: number;
  label: string;
  /** Tailwind fill/stroke class for the tick, e.g. "fill-danger stroke-danger". */
  className: string;
}

/**
 * A horizontal price axis with labelled marks and a shaded zone (e.g. beyond the liquidation price).
 * Positions are pixels only; the labels are formatted by the caller from exact figures.
 */
export function PriceAxis({
  min,
  max,
  marks,
  zone,
  description,
}: {
  min: number;
  max: number;
  marks: readonly AxisMark[];
  zone?: { from: number; to: number; className: string; label: string };
  description: string;
}) {
  const W = 600;
  const H = 64;
  const d = { min, max: max === min ? min + 1 : max };
  const x = (v: number) => Math.min(W - 4, Math.max(4, scale(v, d, 4, W - 4)));
  const sorted = [...marks].sort((a, b) => a.value - b.value);
  return (
    <figure className="m-0">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={description}>
        {zone ? (
          <rect
            x={Math.min(x(zone.from), x(zone.to))}
            width={Math.abs(x(zone.to) - x(zone.from))}
            y={18}
            height={16}
            className={zone.className}
          />
        ) : null}
        <line x1={4} x2={W - 4} y1={26} y2={26} className="stroke-slate-400" strokeWidth={2} />
        {sorted.map((mark, i) => (
          <g key={mark.label}>
            <line
              x1={x(mark.value)}
              x2={x(mark.value)}
              y1={14}
              y2={38}
              className={mark.className}
              strokeWidth={3}
            />
            <text
              x={x(mark.value)}
              y={i % 2 === 0 ? 10 : 54}
              textAnchor="middle"
              className={`text-xs ${mark.className} stroke-0`}
            >
              {mark.label}
            </text>
          </g>
        ))}
      </svg>
      {zone ? (
        <figcaption className="text-xs text-slate-600 dark:text-slate-400">
          <span aria-hidden="true" className={`mr-1 inline-block h-3 w-4 align-middle ${zone.className}`} />
          {zone.label}
        </figcaption>
      ) : null}
    </figure>
  );
}
