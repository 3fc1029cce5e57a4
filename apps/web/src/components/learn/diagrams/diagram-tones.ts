/**
 * The theme's colour roles as SVG classes, written out in full so Tailwind finds them. Safe, caution
 * and danger are the Okabe–Ito tokens of globals.css (they switch shade in dark mode); neutral is slate
 * with a dark variant. Text uses the `-ink` classes: caution's fill shade is too light for text on white.
 */
export type Tone = 'safe' | 'caution' | 'danger' | 'neutral';

export const FILL: Record<Tone, string> = {
  safe: 'fill-safe',
  caution: 'fill-caution',
  danger: 'fill-danger',
  neutral: 'fill-slate-400 dark:fill-slate-500',
};

export const STROKE: Record<Tone, string> = {
  safe: 'stroke-safe',
  caution: 'stroke-caution',
  danger: 'stroke-danger',
  neutral: 'stroke-slate-500 dark:stroke-slate-400',
};

export const INK: Record<Tone, string> = {
  safe: 'fill-safe',
  caution: 'fill-caution-ink',
  danger: 'fill-danger',
  neutral: 'fill-slate-800 dark:fill-slate-200',
};

/** Secondary text (notes, axes): 4.5:1 or better on both themes' backgrounds. */
export const MUTED = 'fill-slate-600 dark:fill-slate-400';

/** A halo in the page's background colour behind text that a line may cross (with paint-order stroke). */
export const HALO = 'stroke-white dark:stroke-slate-950';
