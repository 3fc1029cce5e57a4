// Okabe–Ito (globals.css theme): blue safe, vermillion danger, orange caution; shapes and labels carry
// the meaning too, never colour alone.
export const CHART_COLORS = {
  safe: '#0072b2',
  danger: '#d55e00',
  caution: '#e69f00',
  neutral: '#64748b',
  sky: '#56b4e9',
};

/** The theme's text class for a line's title in each chart colour (text needs the contrast shades). */
export const CHART_TEXT_CLASS: Record<string, string> = {
  [CHART_COLORS.danger]: 'text-danger',
  [CHART_COLORS.safe]: 'text-safe',
  [CHART_COLORS.caution]: 'text-caution-ink',
};
