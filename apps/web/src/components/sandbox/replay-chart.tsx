'use client';

import type { PricePath, ReplayEvent } from '@liqlab/core';
import type {
  IChartApi,
  IPriceLine,
  ISeriesApi,
  ISeriesMarkersPluginApi,
  SeriesMarker,
  Time,
  UTCTimestamp,
} from 'lightweight-charts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { displayedUpTo, displayIndices } from './decimate-path';
import { CHART_COLORS } from './replay-chart-colors';
import { ReplayChartPreview } from './replay-chart-preview';

export interface ChartLine {
  id: string;
  price: number;
  title: string;
  color: string;
  style: 'solid' | 'dashed' | 'dotted';
}

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
  'partial-liquidation': { color: CHART_COLORS.danger, shape: 'arrowDown', text: 'Partial', below: false },
  liquidation: { color: CHART_COLORS.danger, shape: 'arrowDown', text: 'Liquidation', below: false },
  bankruptcy: { color: CHART_COLORS.danger, shape: 'arrowDown', text: 'Bankruptcy', below: false },
  'negative-equity': { color: CHART_COLORS.danger, shape: 'arrowDown', text: 'Deficit', below: false },
  end: { color: CHART_COLORS.neutral, shape: 'circle', text: 'End', below: true },
};

type ChartLibrary = typeof import('lightweight-charts');

/** The chart and its series, once the library has loaded and drawn into the container. */
interface ChartHandles {
  /** The library's enums (it is loaded on demand, so they are not there at module load). */
  lib: Pick<ChartLibrary, 'ColorType' | 'LineStyle'>;
  chart: IChartApi;
  played: ISeriesApi<'Line'>;
  ahead: ISeriesApi<'Line'>;
  last: ISeriesApi<'Line'>;
  markers: ISeriesMarkersPluginApi<Time>;
}

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
  /** Load the interactive chart now (the reader has used the replay controls). */
  interactive?: boolean;
}

/**
 * The price chart. The horizontal axis is the tick index (so any path, even sub-second ticks, is
 * strictly increasing) and the labels show the tick's own UTC time. Long paths are decimated for
 * display only; every event tick is kept so its marker sits on a drawn point.
 */
export function ReplayChart({ path, events, lines, playhead, label, interactive = false }: ReplayChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ChartHandles | null>(null);
  const [failed, setFailed] = useState(false);
  const priceLines = useRef<IPriceLine[]>([]);
  const pathRef = useRef(path);
  pathRef.current = path;
  const dark = useDarkMode();
  // The interactive chart (lightweight-charts, 64 kB gzip, and its first canvas drawing) costs more
  // main-thread time than the rest of the page's start-up together, so the page shows a server-drawn
  // SVG of the same chart and loads the library when the reader reaches for the chart (pointer or
  // touch on it) or uses the replay controls.
  const [engaged, setEngaged] = useState(false);
  const wanted = engaged || interactive;

  // Decimated for the canvas only once there is one (the preview decimates for itself).
  const indices = useMemo(
    () =>
      chart
        ? displayIndices(
            path,
            events.map((event) => event.index),
          )
        : null,
    [chart, path, events],
  );

  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    let instance: IChartApi | null = null;
    import('lightweight-charts').then(
      ({ createChart, createSeriesMarkers, LineSeries, ColorType, LineStyle }) => {
        if (cancelled || !container.current) return;
        const timeOf = (time: Time) => pathRef.current.t[Number(time)] ?? 0;
        instance = createChart(container.current, {
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
        const ahead = instance.addSeries(LineSeries, {
          color: CHART_COLORS.neutral,
          lineWidth: 1,
          lineStyle: LineStyle.Dotted,
          priceLineVisible: false,
          lastValueVisible: false,
          crosshairMarkerVisible: false,
          title: '',
        });
        const last = instance.addSeries(LineSeries, {
          color: CHART_COLORS.sky,
          lineWidth: 1,
          priceLineVisible: false,
          lastValueVisible: false,
          title: 'last',
        });
        const played = instance.addSeries(LineSeries, {
          color: CHART_COLORS.safe,
          lineWidth: 2,
          title: 'mark',
        });
        setChart({
          lib: { ColorType, LineStyle },
          chart: instance,
          ahead,
          last,
          played,
          markers: createSeriesMarkers(played, []),
        });
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
      instance?.remove();
      priceLines.current = [];
      setChart(null);
    };
  }, [wanted]);

  useEffect(() => {
    if (!chart) return;
    chart.chart.applyOptions({
      layout: {
        background: { type: chart.lib.ColorType.Solid, color: dark ? '#020617' : '#ffffff' },
        textColor: dark ? '#cbd5e1' : '#334155',
      },
      grid: {
        vertLines: { color: dark ? '#1e293b' : '#f1f5f9' },
        horzLines: { color: dark ? '#1e293b' : '#f1f5f9' },
      },
    });
  }, [chart, dark]);

  // The whole path, faint: set once per path.
  useEffect(() => {
    if (!chart || !indices) return;
    chart.ahead.setData(Array.from(indices, (i) => ({ time: i as UTCTimestamp, value: path.mark[i]! })));
    chart.chart.timeScale().fitContent();
  }, [chart, indices, path]);

  // Up to the playhead: mark (and last, when the path has its own last price) and the events so far.
  useEffect(() => {
    if (!chart || !indices) return;
    const upTo = displayedUpTo(indices, playhead);
    const shown = indices.subarray(0, Math.max(1, upTo));
    chart.played.setData(Array.from(shown, (i) => ({ time: i as UTCTimestamp, value: path.mark[i]! })));
    const last = path.last;
    chart.last.setData(last ? Array.from(shown, (i) => ({ time: i as UTCTimestamp, value: last[i]! })) : []);
    chart.markers.setMarkers(
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
  }, [chart, indices, path, events, playhead]);

  useEffect(() => {
    if (!chart) return;
    const series = chart.played;
    const { LineStyle } = chart.lib;
    const styles = { solid: LineStyle.Solid, dashed: LineStyle.Dashed, dotted: LineStyle.Dotted };
    for (const line of priceLines.current) series.removePriceLine(line);
    priceLines.current = lines.map((line) =>
      series.createPriceLine({
        price: line.price,
        color: line.color,
        lineWidth: 1,
        lineStyle: styles[line.style],
        axisLabelVisible: true,
        title: line.title,
      }),
    );
  }, [chart, lines]);

  const shownEvents = events.filter((event) => event.index <= playhead).map((event) => event.type);
  // Not role="img": the library puts its (licence-required) attribution link inside the chart, and
  // an image may not contain a focusable element. A figure may; its caption is the chart's text.
  // The preview and the chart share one fixed-height box, so nothing moves when one replaces the other.
  const engage = () => setEngaged(true);
  return (
    <figure
      data-testid="replay-chart"
      data-markers={Array.from(new Set(shownEvents)).join(' ')}
      data-interactive={chart ? 'true' : 'false'}
      className="m-0"
      onPointerEnter={engage}
      onTouchStart={engage}
    >
      <figcaption className="sr-only">{label}</figcaption>
      <div className="relative h-72 w-full sm:h-96">
        <div ref={container} className="absolute inset-0" />
        {chart ? null : <ReplayChartPreview path={path} events={events} lines={lines} playhead={playhead} />}
        {failed ? (
          <p className="absolute left-1 top-1 text-xs text-slate-600 dark:text-slate-400">
            The interactive chart could not be loaded.
          </p>
        ) : null}
      </div>
    </figure>
  );
}
