import { CHART_COLORS } from '~/components/sandbox/replay-chart-colors';
import { domainOf, polyline, scale } from '~/components/ui/chart-geometry';

/**
 * A card's small chart of the scenario's mark price, drawn on the server as plain SVG, with the
 * liquidation price as a dashed line (always in view: how near the path comes to it is the point).
 * Floats only place pixels.
 */
export function PathSparkline({
  marks,
  liquidation,
}: {
  marks: readonly number[];
  liquidation: number | null;
}) {
  const domain = domainOf(liquidation === null ? marks : [...marks, liquidation]);
  const n = Math.max(1, marks.length - 1);
  const y = (price: number) => scale(price, domain, 100, 0);
  const d = polyline(marks.map((price, i) => [scale(i, { min: 0, max: n }, 0, 300), y(price)]));
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 300 100"
      preserveAspectRatio="none"
      className="h-16 w-full"
      data-testid="gallery-sparkline"
    >
      {liquidation === null ? null : (
        <line
          x1={0}
          x2={300}
          y1={y(liquidation)}
          y2={y(liquidation)}
          stroke={CHART_COLORS.danger}
          strokeDasharray="6 4"
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
        />
      )}
      <path d={d} fill="none" stroke={CHART_COLORS.sky} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
