// Okabe–Ito (globals.css theme): blue safe, vermillion danger, orange caution; shapes and labels carry
// the meaning too, never colour alone.
export const CHART_COLORS = {
  safe: '#0072b2',
  danger: '#d55e00',
  caution: '#e69f00',
  neutral: '#64748b',
  sky: '#56b4e9',
};
