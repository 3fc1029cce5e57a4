import type { Decimal } from '@liqlab/core';
import type { ReactNode } from 'react';
import { DIAGRAM_WIDTH, DiagramFigure, LABEL, SMALL } from './diagram-figure';
import { FILL, INK, MUTED, STROKE, type Tone } from './diagram-tones';
import { ladderLayout, yOfPrice } from './ladder-layout';

export interface LadderRung {
  name: string;
  price: Decimal;
  /** Printed under the name. */
  priceText: string;
  /** Printed above the rung on the left (e.g. the distance from the entry). */
  note?: string;
  /** Printed above the rung on the right (e.g. "equity 271.36"). */
  detail?: string;
  tone: Tone;
  /** Share of the full bar drawn under the rung (equity ÷ starting margin); omitted or ≤ 0 draws none. */
  bar?: number;
}

export interface LadderZone {
  from: Decimal;
  to: Decimal;
  tone: Tone;
  label: string;
}

const NAME_WIDTH = 122;
const LINE_START = NAME_WIDTH + 4;
const LINE_END = DIAGRAM_WIDTH - 4;
const TOP = 24;
const MIN_GAP = 32;
const LEGEND_ROW = 20;

/** A vertical price ladder: one rung per price, shaded zones between them, a legend for the zones. */
export function LadderSvg({
  title,
  description,
  caption,
  rungs,
  zones = [],
  span = 220,
}: {
  title: string;
  description: string;
  caption: ReactNode;
  rungs: readonly LadderRung[];
  zones?: readonly LadderZone[];
  span?: number;
}) {
  const points = ladderLayout(
    rungs.map((r) => r.price),
    { top: TOP, span, minGap: MIN_GAP },
  );
  const bottom = points[points.length - 1]!.y;
  const legendTop = bottom + 30;
  const height = legendTop + zones.length * LEGEND_ROW + 4;
  const ordered = [...rungs].sort((a, b) => b.price.comparedTo(a.price));
  const barWidth = LINE_END - LINE_START;
  return (
    <DiagramFigure title={title} description={description} caption={caption} height={height}>
      {zones.map((zone) => {
        const y1 = yOfPrice(points, zone.from);
        const y2 = yOfPrice(points, zone.to);
        return (
          <rect
            key={zone.label}
            x={LINE_START}
            y={Math.min(y1, y2)}
            width={barWidth}
            height={Math.abs(y2 - y1)}
            className={FILL[zone.tone]}
            opacity={0.16}
          />
        );
      })}
      {ordered.map((rung, index) => {
        const y = points[index]!.y;
        return (
          <g key={rung.name}>
            <line x1={LINE_START} x2={LINE_END} y1={y} y2={y} className={STROKE[rung.tone]} strokeWidth={2} />
            <text x={2} y={y - 2} fontSize={LABEL} fontWeight={600} className={INK[rung.tone]}>
              {rung.name}
            </text>
            <text x={2} y={y + 13} fontSize={SMALL} className="fill-current">
              {rung.priceText}
            </text>
            {rung.note ? (
              <text x={LINE_START + 2} y={y - 5} fontSize={SMALL} className="fill-current">
                {rung.note}
              </text>
            ) : null}
            {rung.detail ? (
              <text x={LINE_END} y={y - 5} fontSize={SMALL} textAnchor="end" className={MUTED}>
                {rung.detail}
              </text>
            ) : null}
            {rung.bar !== undefined && rung.bar > 0 ? (
              <rect
                x={LINE_START}
                y={y + 3}
                width={Math.min(1, rung.bar) * barWidth}
                height={6}
                rx={2}
                className={FILL[rung.tone]}
                opacity={0.8}
              />
            ) : null}
          </g>
        );
      })}
      {zones.map((zone, index) => (
        <g key={zone.label}>
          <rect
            x={2}
            y={legendTop + index * LEGEND_ROW}
            width={12}
            height={12}
            className={FILL[zone.tone]}
            opacity={0.35}
          />
          <text x={20} y={legendTop + index * LEGEND_ROW + 10} fontSize={SMALL} className="fill-current">
            {zone.label}
          </text>
        </g>
      ))}
    </DiagramFigure>
  );
}
