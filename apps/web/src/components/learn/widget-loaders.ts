import type { ComponentProps } from 'react';

/**
 * The lesson widgets' code, one dynamic import each, so a widget's code (and the engine it runs)
 * is a chunk of its own, fetched only when a lesson shows that widget (see ./lazy-widget).
 */
export const widgetLoaders = {
  ExchangeComparison: () => import('./exchange-comparison').then((m) => m.ExchangeComparison),
  LeverageCalculator: () => import('./leverage-calculator').then((m) => m.LeverageCalculator),
  LiquidationPriceExplorer: () =>
    import('./liquidation-price-explorer').then((m) => m.LiquidationPriceExplorer),
  MarginLevelGauge: () => import('./margin-level-gauge').then((m) => m.MarginLevelGauge),
  MarkVsLastPlayer: () => import('./mark-vs-last-player').then((m) => m.MarkVsLastPlayer),
  PositionReplayPlayer: () => import('./position-replay-player').then((m) => m.PositionReplayPlayer),
  PositionSizer: () => import('./position-sizer').then((m) => m.PositionSizer),
  ResidualBalanceExplorer: () => import('./residual-balance-explorer').then((m) => m.ResidualBalanceExplorer),
  StopOutCostCalculator: () => import('./stop-out-cost-calculator').then((m) => m.StopOutCostCalculator),
  VolatilityBandChart: () => import('./volatility-band-chart').then((m) => m.VolatilityBandChart),
};

export type WidgetName = keyof typeof widgetLoaders;

export type WidgetProps<N extends WidgetName> = ComponentProps<
  Awaited<ReturnType<(typeof widgetLoaders)[N]>>
>;
