'use client';

import type { PricePath, ReplayEvent } from '@liqlab/core';
import {
  ColorType,
  createChart,
  createSeriesMarkers,
  type IChartApi,
  type IPriceLine,
  type ISeriesApi,
  type ISeriesMarkersPluginApi,
  LineSeries,
  LineStyle,
  type SeriesMarker,
  type Time,
  type UTCTimestamp,
} from 'lightweight-charts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { displayedUpTo, displayIndices } from './decimate-path';

export interface ChartLine {
  id: string;
  price: number;
  title: string;
  color: string;
  style: 'solid' | 'dashed' | 'dotted';
}

// Okabe–Ito (globals.css theme): blue safe, vermillion danger, orange caution; shapes and labels carry
// the meaning too, never colour alone.
export const CHART_COLORS = {
  safe: '#0072b2',
  danger: '#d55e00',
  caution: '#e69f00',
  neutral: '#64748b',
  sky: '#56b4e9',
};

const MARKER: Record<
  ReplayEvent['type'],
  { color: string; shape: SeriesMarker<Time>['shape']; text: string; below: boolean }
> = {
  warning: { color: CHART_COLORS.caution, shape: 'circle', text: 'Warning', below: true },
  'margin-call': { color: CHART_COLORS.caution, shape: 'circle', text: 'Margin call', below: true },
  'stop-loss': { color: CHART_COLORS.safe, shape: 'square', text: 'Stop-loss', below: false },
  'take-profit': { color: CHART_COLORS.safe, shape: 'square', text: 'Take-profit', below: false },
  funding: { color: CHART_COLORS.neutral, shape: 'circle', text: 'F', below: true },
  interest: { color: CHART_COLORS.neutral, shape: 'circle', text: 'I', below: true },
  liquidation: { color: CHART_COLORS.danger, shape: 'arrowDown', text: 'Liquidation', below: false },
  bankruptcy: { color: CHART_COLORS.danger, shape: 'arrowDown', text: 'Bankruptcy', below: false },
  'negative-equity': { color: CHART_COLORS.danger, shape: 'arrowDown', text: 'Deficit', below: false },
  end: { color: CHART_COLORS.neutral, shape: 'circle', text: 'End', below: true },
};

const LINE_STYLE = { solid: LineStyle.Solid, dashed: LineStyle.Dashed, dotted: LineStyle.Dotted };

function useDarkMode(): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () =>
      setDark(root.classList.contains('dark') || (media.matches && !root.classList.contains('light')));
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
    media.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
  }, []);
  return dark;
}

function formatTick(ms: number, withDate: boolean): string {
  const iso = new Date(ms).toISOString();
  return withDate ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
}

export interface ReplayChartProps {
  path: PricePath;
  events: readonly ReplayEvent[];
  lines: readonly ChartLine[];
  /** Tick index of the playhead: the path is drawn up to it, the rest is shown faint. */
  playhead: number;
  label: string;
}

/**
 * The price chart. The horizontal axis is the tick index (so any path, even sub-second ticks, is
 * strictly increasing) and the labels show the tick's own UTC time. Long paths are decimated for
 * display only; every event tick is kept so its marker sits on a drawn point.
 */
export function ReplayChart({ path, events, lines, playhead, label }: ReplayChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<IChartApi | null>(null);
  const played = useRef<ISeriesApi<'Line'> | null>(null);
  const ahead = useRef<ISeriesApi<'Line'> | null>(null);
  const lastSeries = useRef<ISeriesApi<'Line'> | null>(null);
  const markers = useRef<ISeriesMarkersPluginApi<Time> | null>(null);
  const priceLines = useRef<IPriceLine[]>([]);
  const pathRef = useRef(path);
  pathRef.current = path;
  const dark = useDarkMode();

  const indices = useMemo(
    () =>
      displayIndices(
        path,
        events.map((event) => event.index),
      ),
    [path, events],
  );

  useEffect(() => {
    if (!container.current) return;
    const timeOf = (time: Time) => pathRef.current.t[Number(time)] ?? 0;
    const instance = createChart(container.current, {
      autoSize: true,
      layout: { attributionLogo: true },
      rightPriceScale: { borderVisible: false },
      timeScale: {
        borderVisible: false,
        tickMarkFormatter: (time: Time) => formatTick(timeOf(time), false),
      },
      localization: { timeFormatter: (time: Time) => formatTick(timeOf(time), true) },
      handleScroll: { vertTouchDrag: false },
    });
    ahead.current = instance.addSeries(LineSeries, {
      color: CHART_COLORS.neutral,
      lineWidth: 1,
      lineStyle: LineStyle.Dotted,
      priceLineVisible: false,
      lastValueVisible: false,
      crosshairMarkerVisible: false,
      title: '',
    });
    lastSeries.current = instance.addSeries(LineSeries, {
      color: CHART_COLORS.sky,
      lineWidth: 1,
      priceLineVisible: false,
      lastValueVisible: false,
      title: 'last',
    });
    played.current = instance.addSeries(LineSeries, {
      color: CHART_COLORS.safe,
      lineWidth: 2,
      title: 'mark',
    });
    markers.current = createSeriesMarkers(played.current, []);
    chart.current = instance;
    return () => {
      instance.remove();
      chart.current = null;
      priceLines.current = [];
    };
  }, []);

  useEffect(() => {
    chart.current?.applyOptions({
      layout: {
        background: { type: ColorType.Solid, color: dark ? '#020617' : '#ffffff' },
        textColor: dark ? '#cbd5e1' : '#334155',
      },
      grid: {
        vertLines: { color: dark ? '#1e293b' : '#f1f5f9' },
        horzLines: { color: dark ? '#1e293b' : '#f1f5f9' },
      },
    });
  }, [dark]);

  // The whole path, faint: set once per path.
  useEffect(() => {
    ahead.current?.setData(Array.from(indices, (i) => ({ time: i as UTCTimestamp, value: path.mark[i]! })));
    chart.current?.timeScale().fitContent();
  }, [indices, path]);

  // Up to the playhead: mark (and last, when the path has its own last price) and the events so far.
  useEffect(() => {
    const upTo = displayedUpTo(indices, playhead);
    const shown = indices.subarray(0, Math.max(1, upTo));
    played.current?.setData(Array.from(shown, (i) => ({ time: i as UTCTimestamp, value: path.mark[i]! })));
    const last = path.last;
    lastSeries.current?.setData(
      last ? Array.from(shown, (i) => ({ time: i as UTCTimestamp, value: last[i]! })) : [],
    );
    markers.current?.setMarkers(
      events
        .filter((event) => event.index <= playhead && event.type !== 'funding')
        .map((event) => {
          const style = MARKER[event.type];
          return {
            time: event.index as UTCTimestamp,
            position: style.below ? 'belowBar' : 'aboveBar',
            color: style.color,
            shape: style.shape,
            text: style.text,
          };
        }),
    );
  }, [indices, path, events, playhead]);

  useEffect(() => {
    const series = played.current;
    if (!series) return;
    for (const line of priceLines.current) series.removePriceLine(line);
    priceLines.current = lines.map((line) =>
      series.createPriceLine({
        price: line.price,
        color: line.color,
        lineWidth: 1,
        lineStyle: LINE_STYLE[line.style],
        axisLabelVisible: true,
        title: line.title,
      }),
    );
  }, [lines]);

  const shownEvents = events.filter((event) => event.index <= playhead).map((event) => event.type);
  // Not role="img": the library puts its (licence-required) attribution link inside the chart, and
  // an image may not contain a focusable element. A figure may; its caption is the chart's text.
  return (
    <figure
      data-testid="replay-chart"
      data-markers={Array.from(new Set(shownEvents)).join(' ')}
      className="m-0"
    >
      <figcaption className="sr-only">{label}</figcaption>
      <div ref={container} className="h-72 w-full sm:h-96" />
    </figure>
  );
}
