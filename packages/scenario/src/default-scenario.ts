import type { ScenarioInputDraft } from './scenario-schema';

/**
 * The sandbox's opening scenario, and the one body every machine-made save sends (the instance's
 * warm-up, the load test, the e2e saves over the API), so each of them exercises exactly what a
 * newcomer's first save does: the course's running example, 1 BTC long at 60,000, 10×, Binance's
 * BTCUSDT brackets, on a one-day random walk of one step a minute.
 */
export const DEFAULT_SCENARIO: ScenarioInputDraft = {
  title: 'My scenario',
  notes: '',
  position: {
    rules: 'binance-usdm',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '60000',
    size: { unit: 'quantity', quantity: '1' },
    leverage: '10',
    maintenance: { kind: 'tiers', preset: 'binance-btcusdt' },
    takerFeeRate: '0.0005',
    fees: { enabled: false },
    slippageBps: '0',
  },
  path: {
    kind: 'gbm',
    seed: 'sandbox',
    startPrice: '60000',
    annualVolatility: '0.6',
    annualDrift: '0',
    horizonDays: 1,
    steps: 1440,
  },
};

/** The default scenario saved under another title, on its own random walk (`seed`). */
export function defaultScenarioSaved(title: string, seed: string) {
  return {
    ...DEFAULT_SCENARIO,
    title,
    position: { ...DEFAULT_SCENARIO.position },
    path: { ...DEFAULT_SCENARIO.path, seed },
  };
}
