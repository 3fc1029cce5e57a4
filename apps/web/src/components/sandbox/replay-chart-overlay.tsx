'use client';

import type { ReplayEvent } from '@liqlab/core';
import { useMemo } from 'react';
import {
  type Box,
  type LabelRequest,
  lineTitleCandidates,
  markerCandidates,
  placeLabels,
} from '~/components/ui/label-layout';
import { textWidth } from '~/components/ui/text-width';
import type { ChartLine } from './replay-chart';
import { CHART_COLORS, CHART_TEXT_CLASS } from './replay-chart-colors';

type Shape = 'circle' | 'square' | 'arrow';

/** Event markers in the order their labels claim space: what ended the position first. */
export const MARKER: Record<
  ReplayEvent['type'],
  { color: string; shape: Shape; text: string; below: boolean; rank: number }
> = {
  liquidation: { color: CHART_COLORS.danger, shape: 'arrow', text: 'Liquidation', below: false, rank: 0 },
  'partial-liquidation': {
    color: CHART_COLORS.danger,
    shape: 'arrow',
    text: 'Partial',
    below: false,
    rank: 1,
  },
  'stop-loss': { color: CHART_COLORS.safe, shape: 'square', text: 'Stop-loss', below: false, rank: 2 },
  'take-profit': { color: CHART_COLORS.safe, shape: 'square', text: 'Take-profit', below: false, rank: 3 },
  bankruptcy: { color: CHART_COLORS.danger, shape: 'arrow', text: 'Bankruptcy', below: false, rank: 4 },
  'negative-equity': { color: CHART_COLORS.danger, shape: 'arrow', text: 'Deficit', below: false, rank: 5 },
  'margin-call': { color: CHART_COLORS.caution, shape: 'circle', text: 'Margin call', below: true, rank: 6 },
  warning: { color: CHART_COLORS.caution, shape: 'circle', text: 'Warning', below: true, rank: 7 },
  interest: { color: CHART_COLORS.neutral, shape: 'circle', text: 'I', below: true, rank: 8 },
  end: { color: CHART_COLORS.neutral, shape: 'circle', text: 'End', below: true, rank: 9 },
  funding: { color: CHART_COLORS.neutral, shape: 'circle', text: 'F', below: true, rank: 10 },
};

/** The title a line claims first: the liquidation price matters most. */
const LINE_RANK: Record<string, number> = { liq: 0, sl: 1, bk: 2, tp: 3, entry: 4 };

/** Label text: 12 px (the page's smallest size) on 14 px rows, 4 px padding each side. */
const LABEL = { font: 12, height: 14, padding: 8 };
const SHAPE = 9;

export interface OverlayGeometry {
  /** The plot area (the chart without its price and time scales), in pixels. */
  width: number;
  height: number;
  playheadX: number | null;
  /** Where the library draws the mark's own title ("mark") beside its last value: no label may cover it. */
  markTitleY: number | null;
  markers: readonly { key: string; type: ReplayEvent['type']; x: number; y: number }[];
  lines: readonly { line: ChartLine; y: number }[];
}

function shapeBox(marker: { type: ReplayEvent['type']; x: number; y: number }): Box {
  const style = MARKER[marker.type];
  // An arrow points down at its price from just above it; dots sit on the price.
  const top = style.shape === 'arrow' ? marker.y - SHAPE - 2 : marker.y - SHAPE / 2;
  return { left: marker.x - SHAPE / 2, top, width: SHAPE, height: SHAPE };
}

/**
 * Drawn over the interactive chart's plot area: the playhead, the event markers and the titles of the
 * price lines, as page elements rather than canvas pixels, laid out so that no label covers another.
 */
export function ReplayChartOverlay({
  geometry,
  fontFamily,
}: {
  geometry: OverlayGeometry;
  fontFamily: string;
}) {
  const { width, height } = geometry;
  const layout = useMemo(() => {
    const font = `${LABEL.font}px ${fontFamily}`;
    const size = (text: string) => ({ width: textWidth(text, font) + LABEL.padding, height: LABEL.height });
    const lines = geometry.lines
      .filter(({ y }) => y >= 0 && y <= height)
      .sort((one, other) => (LINE_RANK[one.line.id] ?? 9) - (LINE_RANK[other.line.id] ?? 9));
    const columnWidth = Math.max(0, ...lines.map(({ line }) => size(line.title).width)) + 4;
    const markers = geometry.markers
      .filter(({ x, y }) => x >= 0 && x <= width && y >= 0 && y <= height)
      .sort((one, other) => MARKER[one.type].rank - MARKER[other.type].rank);
    const shapes = markers.map(shapeBox);
    const requests: LabelRequest[] = [
      ...lines.map(({ line, y }) => ({
        id: `line-${line.id}`,
        ...size(line.title),
        candidates: lineTitleCandidates(y, size(line.title), width - 4, columnWidth),
      })),
      ...markers.map((marker, at) => {
        const style = MARKER[marker.type];
        const shape = shapes[at]!;
        const anchor = style.below
          ? { x: marker.x, y: shape.top + shape.height }
          : { x: marker.x, y: shape.top };
        return {
          id: `marker-${marker.key}`,
          ...size(style.text),
          candidates: markerCandidates(anchor, size(style.text), width, !style.below, 2),
        };
      }),
    ];
    const markTitle = size('mark');
    const taken =
      geometry.markTitleY === null
        ? shapes
        : [
            ...shapes,
            // Drawn right-aligned at the plot's edge, centred on the value, a little larger than its text.
            {
              left: width - markTitle.width - 8,
              top: geometry.markTitleY - markTitle.height / 2 - 3,
              width: markTitle.width + 8,
              height: markTitle.height + 6,
            },
          ];
    return { lines, markers, shapes, placed: placeLabels(requests, { width, height }, taken) };
  }, [geometry, width, height, fontFamily]);

  return (
    <div aria-hidden="true" className="pointer-events-none absolute left-0 top-0" style={{ width, height }}>
      {geometry.playheadX === null ? null : (
        <div
          data-testid="replay-playhead"
          className="absolute top-0 h-full w-px bg-slate-500 dark:bg-slate-400"
          style={{ left: geometry.playheadX }}
        />
      )}
      {layout.markers.map((marker, at) => {
        const style = MARKER[marker.type];
        const shape = layout.shapes[at]!;
        return (
          <span
            key={marker.key}
            data-testid="replay-marker"
            data-type={marker.type}
            className={`absolute ${style.shape === 'circle' ? 'rounded-full' : ''}`}
            style={{
              ...shape,
              background: style.color,
              clipPath: style.shape === 'arrow' ? 'polygon(0 0, 100% 0, 50% 100%)' : undefined,
            }}
          />
        );
      })}
      {layout.lines.map(({ line }) => (
        <ChartLabel
          key={line.id}
          box={layout.placed.get(`line-${line.id}`)}
          className={CHART_TEXT_CLASS[line.color] ?? 'text-slate-600 dark:text-slate-400'}
        >
          {line.title}
        </ChartLabel>
      ))}
      {layout.markers.map((marker) => (
        <ChartLabel
          key={marker.key}
          box={layout.placed.get(`marker-${marker.key}`)}
          className={CHART_TEXT_CLASS[MARKER[marker.type].color] ?? 'text-slate-600 dark:text-slate-400'}
        >
          {MARKER[marker.type].text}
        </ChartLabel>
      ))}
    </div>
  );
}

function ChartLabel({
  box,
  className,
  children,
}: {
  box: Box | undefined;
  className: string;
  children: string;
}) {
  if (!box) return null;
  return (
    <span
      data-testid="chart-label"
      className={`absolute whitespace-nowrap rounded-sm bg-white/85 px-1 text-xs leading-[14px] dark:bg-slate-950/85 ${className}`}
      style={box}
    >
      {children}
    </span>
  );
}
