'use client';

import type { PricePath, ReplayEvent } from '@liqlab/core';
import type {
  AutoscaleInfo,
  IChartApi,
  IPriceLine,
  ISeriesApi,
  Time,
  UTCTimestamp,
} from 'lightweight-charts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNumberFormat } from '~/lib/use-number-format';
import { displayedUpTo, displayIndices } from './decimate-path';
import { CHART_COLORS } from './replay-chart-colors';
import { type OverlayGeometry, ReplayChartOverlay } from './replay-chart-overlay';
import { ReplayChartPreview } from './replay-chart-preview';

export interface ChartLine {
  id: string;
  price: number;
  title: string;
  color: string;
  style: 'solid' | 'dashed' | 'dotted';
}

type ChartLibrary = typeof import('lightweight-charts');

/** The chart and its series, once the library has loaded and drawn into the container. */
interface ChartHandles {
  /** The library's enums (it is loaded on demand, so they are not there at module load). */
  lib: Pick<ChartLibrary, 'ColorType' | 'LineStyle'>;
  chart: IChartApi;
  played: ISeriesApi<'Line'>;
  ahead: ISeriesApi<'Line'>;
  last: ISeriesApi<'Line'>;
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
 *
 * The whole path always fits the chart's width, on a phone too: no scrolling or zooming, so the
 * playhead and every event marker stay in view while playing, scrubbing and after a jump. The
 * playhead, the markers and the lines' titles are drawn over the canvas (ReplayChartOverlay), where
 * their labels are laid out clear of each other.
 */
export function ReplayChart({ path, events, lines, playhead, label, interactive = false }: ReplayChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ChartHandles | null>(null);
  const [failed, setFailed] = useState(false);
  const priceLines = useRef<IPriceLine[]>([]);
  const pathRef = useRef(path);
  pathRef.current = path;
  const linesRef = useRef(lines);
  linesRef.current = lines;
  const [geometry, setGeometry] = useState<OverlayGeometry | null>(null);
  const [fontFamily, setFontFamily] = useState('sans-serif');
  const dark = useDarkMode();
  const { formatDecimal, priceDigits } = useNumberFormat();
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
      ({ createChart, LineSeries, ColorType, LineStyle }) => {
        if (cancelled || !container.current) return;
        const timeOf = (time: Time) => pathRef.current.t[Number(time)] ?? 0;
        setFontFamily(getComputedStyle(container.current).fontFamily);
        instance = createChart(container.current, {
          autoSize: true,
          layout: { attributionLogo: true },
          rightPriceScale: { borderVisible: false },
          timeScale: {
            borderVisible: false,
            // fitContent squeezes a 2,000-point path into a phone's 300 px only below the default 0.5.
            minBarSpacing: 0.01,
            fixLeftEdge: true,
            fixRightEdge: true,
            lockVisibleTimeRangeOnResize: true,
            tickMarkFormatter: (time: Time) => formatTick(timeOf(time), false),
          },
          localization: { timeFormatter: (time: Time) => formatTick(timeOf(time), true) },
          // Dragging or pinching would move the playhead and the markers out of view; the scrubber
          // moves through time instead, and a drag over the chart scrolls the page.
          handleScroll: false,
          handleScale: false,
        });
        const ahead = instance.addSeries(LineSeries, {
          color: CHART_COLORS.neutral,
          lineWidth: 1,
          lineStyle: LineStyle.Dotted,
          priceLineVisible: false,
          lastValueVisible: false,
          crosshairMarkerVisible: false,
          title: '',
          // The price lines (liquidation above all) stay on the chart even where the path never goes.
          autoscaleInfoProvider: (original: () => AutoscaleInfo | null) => {
            const info = original();
            if (!info?.priceRange) return info;
            const prices = linesRef.current.map((line) => line.price);
            return {
              ...info,
              priceRange: {
                minValue: Math.min(info.priceRange.minValue, ...prices),
                maxValue: Math.max(info.priceRange.maxValue, ...prices),
              },
            };
          },
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

  // The price scale and the crosshair label read prices the way every other figure does (the
  // reader's decimal places), not the library's fixed two places without grouping.
  useEffect(() => {
    if (!chart) return;
    chart.chart.applyOptions({
      localization: {
        priceFormatter: (price: number) => formatDecimal(price, { digits: priceDigits(price) }),
      },
    });
  }, [chart, formatDecimal, priceDigits]);

  // Where the playhead, the markers and the lines are on screen, read once the chart has drawn.
  const playheadRef = useRef(playhead);
  playheadRef.current = playhead;
  const eventsRef = useRef(events);
  eventsRef.current = events;
  const frame = useRef(0);
  const measure = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      if (!chart || !indices) return;
      const scale = chart.chart.timeScale();
      const at = playheadRef.current;
      const shownTick = indices[Math.max(0, displayedUpTo(indices, at) - 1)] ?? 0;
      const mark = pathRef.current.mark;
      const width = scale.width();
      // The first and last ticks sit half a (sub-pixel) bar beyond the plot's edges: drawn at the edge.
      const xOf = (tick: number) => {
        const x = scale.timeToCoordinate(tick as UTCTimestamp);
        return x === null ? null : Math.min(width - 1, Math.max(0, x));
      };
      setGeometry({
        width,
        height: chart.chart.paneSize().height,
        playheadX: xOf(shownTick),
        markTitleY: chart.played.priceToCoordinate(mark[shownTick]!),
        markers: eventsRef.current.flatMap((event) => {
          if (event.index > at || event.type === 'funding') return [];
          const x = xOf(event.index);
          const y = chart.played.priceToCoordinate(mark[event.index]!);
          return x === null || y === null
            ? []
            : [{ key: `${event.type}-${event.index}`, type: event.type, x, y }];
        }),
        lines: linesRef.current.flatMap((line) => {
          const y = chart.played.priceToCoordinate(line.price);
          return y === null ? [] : [{ line, y }];
        }),
      });
    });
  }, [chart, indices]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // The whole path, faint: set once per path, and fitted to the width (again whenever that changes).
  useEffect(() => {
    if (!chart || !indices) return;
    chart.ahead.setData(Array.from(indices, (i) => ({ time: i as UTCTimestamp, value: path.mark[i]! })));
    const scale = chart.chart.timeScale();
    const fit = () => {
      scale.fitContent();
      measure();
    };
    fit();
    scale.subscribeSizeChange(fit);
    return () => scale.unsubscribeSizeChange(fit);
  }, [chart, indices, path, measure]);

  // Up to the playhead: mark (and last, when the path has its own last price) and the events so far.
  useEffect(() => {
    if (!chart || !indices) return;
    const upTo = displayedUpTo(indices, playhead);
    const shown = indices.subarray(0, Math.max(1, upTo));
    chart.played.setData(Array.from(shown, (i) => ({ time: i as UTCTimestamp, value: path.mark[i]! })));
    const last = path.last;
    chart.last.setData(last ? Array.from(shown, (i) => ({ time: i as UTCTimestamp, value: last[i]! })) : []);
    measure();
  }, [chart, indices, path, events, playhead, measure]);

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
        // The title is drawn by the overlay, clear of the other titles and the markers.
        title: '',
      }),
    );
    chart.chart.priceScale('right').applyOptions({ autoScale: true });
    measure();
  }, [chart, lines, measure]);

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
        {/* Its own stacking context: the library layers its canvases with z-index, under the overlay. */}
        <div ref={container} className="absolute inset-0 z-0" />
        {chart && geometry ? <ReplayChartOverlay geometry={geometry} fontFamily={fontFamily} /> : null}
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
