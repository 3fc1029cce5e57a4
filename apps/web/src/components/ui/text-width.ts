let context: CanvasRenderingContext2D | null | undefined;

/**
 * The rendered width of `text` in `font` (a CSS font shorthand), measured on a canvas without
 * touching the page's layout. Falls back to a generous estimate where no canvas is available.
 */
export function textWidth(text: string, font: string): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 8;
  context.font = font;
  return Math.ceil(context.measureText(text).width);
}
