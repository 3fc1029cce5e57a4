'use client';

import type { ScenarioOutcome } from '@liqlab/scenario/scenario-outcome';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { FIGURE_TONE } from '~/components/ui/figure-list';
import { useNumberFormat } from '~/lib/use-number-format';
import { keyFigureTexts } from './live-panel';
import { type OutcomeTone, outcomeLabel } from './outcome-label';
import type { PanelResult } from './panel-figures';

const OUTCOME_TONE: Record<OutcomeTone, string> = {
  safe: FIGURE_TONE.safe,
  caution: FIGURE_TONE.caution,
  danger: FIGURE_TONE.danger,
  unknown: 'text-slate-600 dark:text-slate-400',
};

/** A screen reader hears the summary once the edits pause this long, not on every keystroke. */
const ANNOUNCE_AFTER_MS = 1500;

/**
 * True while less than half of `target` is on screen below the bar's own strip. Half, not any
 * pixel: a panel showing only its title does not show its figures.
 */
function useMostlyOutOfView(target: RefObject<HTMLElement | null>, enabled: boolean): boolean {
  const [out, setOut] = useState(false);
  useEffect(() => {
    const element = target.current;
    if (!enabled || !element) {
      setOut(false);
      return;
    }
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry) setOut(entry.intersectionRatio < 0.5);
      },
      { rootMargin: '-80px 0px 0px 0px', threshold: [0, 0.5, 1] },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, enabled]);
  return out;
}

/**
 * The key figures (liquidation price, distance to it, margin ratio, the replay's outcome) in a compact
 * strip that sticks to the top of the screen while the full figures panel is out of view — on a phone
 * that panel sits below the whole form. At the top rather than the bottom, because an on-screen
 * keyboard covers the bottom of the screen while a field is being edited.
 */
export function KeyFiguresBar({
  panel,
  outcome,
  figures,
  enabled,
}: {
  panel: PanelResult;
  outcome: ScenarioOutcome | null;
  /** The full figures panel this strip stands in for (it shows while that panel is out of view). */
  figures: RefObject<HTMLElement | null>;
  enabled: boolean;
}) {
  const shown = useMostlyOutOfView(figures, enabled);
  const bar = useRef<HTMLElement>(null);
  const format = useNumberFormat();
  const key = panel.ok ? keyFigureTexts(panel.figures, format) : null;
  const ending = outcomeLabel(outcome);
  const summary = key
    ? `Liquidation price ${key.liquidationPrice}, distance ${key.distance}, margin ratio ${key.marginRatio}, outcome ${ending.text}.`
    : 'Fix the highlighted fields to see the figures.';

  // A field focused by Tab scrolls into view below the strip, not under it.
  useEffect(() => {
    const element = bar.current;
    if (!shown || !element) return;
    const root = document.documentElement;
    const pad = () => {
      root.style.scrollPaddingTop = `${element.offsetHeight + 8}px`;
    };
    pad();
    const observer = new ResizeObserver(pad);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, [shown]);

  // The figures change on every keystroke; a live region on them would read each one out. One polite
  // summary after the edits pause is enough, and only while the strip stands in for the panel.
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setAnnounced(summary), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [shown, summary]);

  return (
    <section
      ref={bar}
      aria-label="Key figures"
      hidden={!shown}
      data-testid="key-figures-bar"
      className="sticky top-0 z-20 -mx-4 -mt-6 border-b lg:col-span-2 border-slate-200 bg-white/95 shadow-sm backdrop-blur dark:border-slate-700 dark:bg-slate-950/95"
    >
      <div className="mx-auto flex max-w-7xl px-4 py-1.5">
        {key ? (
          <dl className="grid flex-1 grid-cols-2 gap-x-3 gap-y-0.5 text-xs sm:grid-cols-4">
            <KeyFigure label="Liquidation price" testId="bar-liquidation-price" tone={FIGURE_TONE.danger}>
              {key.liquidationPrice}
            </KeyFigure>
            <KeyFigure label="Distance" testId="bar-distance">
              {key.distance}
            </KeyFigure>
            <KeyFigure
              label="Margin ratio"
              testId="bar-margin-ratio"
              tone={FIGURE_TONE[key.marginRatioTone ?? 'safe']}
            >
              {key.marginRatio}
            </KeyFigure>
            <KeyFigure label="Outcome" testId="bar-outcome" tone={`font-sans ${OUTCOME_TONE[ending.tone]}`}>
              {ending.text}
            </KeyFigure>
          </dl>
        ) : (
          <p className="flex-1 text-xs text-danger">{summary}</p>
        )}
      </div>
      <p role="status" className="sr-only">
        {announced}
      </p>
    </section>
  );
}

function KeyFigure({
  label,
  testId,
  tone = '',
  children,
}: {
  label: string;
  testId: string;
  tone?: string;
  children: string;
}) {
  return (
    <div>
      <dt className="text-xs leading-tight text-slate-600 dark:text-slate-400">{label}</dt>
      <dd
        data-testid={testId}
        className={`whitespace-nowrap font-semibold leading-tight tabular-nums ${tone}`}
      >
        {children}
      </dd>
    </div>
  );
}
