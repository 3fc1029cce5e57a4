import { type ReactNode, useId } from 'react';
import { withReaderFigures } from './figure-marks';

/** Width of every diagram's coordinate system: about a phone's content width, so 13-unit text stays ~12 px there. */
export const DIAGRAM_WIDTH = 360;

/** Text sizes in viewBox units (≈ CSS pixels on a 390-pixel phone, up to 1.5× on a desktop). */
export const LABEL = 13;
export const SMALL = 11.5;

export interface DiagramFigureProps {
  /** Short accessible name (the SVG's <title>). */
  title: string;
  /** Everything the picture shows, as sentences with its figures (the SVG's <desc>). */
  description: string;
  height: number;
  /** Visible caption under the picture. */
  caption: ReactNode;
  children: ReactNode;
}

/**
 * The frame every lesson diagram shares: a server-rendered SVG (its only script: the money figures'
 * switch to the reader's decimal places, figure-marks.tsx) with a
 * title and a description naming every figure it draws, and a visible caption. Colours come from the
 * theme's tokens (`fill-safe`, `stroke-danger`, slate with `dark:` variants), never literals, so the
 * picture follows light and dark mode. The viewBox is one phone wide and the figure scales with the
 * column up to 36rem, so labels stay readable at 390 px and are not blown up on a desktop.
 */
export function DiagramFigure({ title, description, height, caption, children }: DiagramFigureProps) {
  const id = useId();
  return (
    <figure className="my-6 rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-diagram>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${DIAGRAM_WIDTH} ${height}`}
        className="mx-auto block h-auto w-full max-w-xl font-sans text-slate-800 dark:text-slate-200"
      >
        <title id={`${id}-title`}>{withReaderFigures(title)}</title>
        <desc id={`${id}-desc`}>{withReaderFigures(description)}</desc>
        {withReaderFigures(children)}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {withReaderFigures(caption)}
      </figcaption>
    </figure>
  );
}
