import type { ScenarioInputDraft } from '@liqlab/scenario/scenario-schema';
import type { PositionDraft } from '~/components/sandbox/sandbox-state';
import { DEFAULT_MARKET, type MarketInputs } from './explain-figures';

/**
 * The explain page's state in a link: the position (and the volatility and horizon, as the scenario's
 * random-walk path) travels as a scenario — saved under the scenario sharing rules, or encoded in the
 * URL — and what the exchange showed beside it (mark, last, its own liquidation price, the move) as
 * short query parameters.
 */
const PARAMS = {
  markPrice: 'mark',
  lastPrice: 'last',
  venueLiquidationPrice: 'venue',
  movePercent: 'move',
} as const;

/** Random-walk steps: one every 5 minutes, within what a scenario path may hold. */
function stepsFor(days: number): number {
  return Math.min(20_000, Math.max(10, Math.round(days * 288)));
}

export function explainScenario(
  title: string,
  position: PositionDraft,
  market: MarketInputs,
): ScenarioInputDraft {
  const days = Number(market.horizonDays);
  return {
    title,
    notes: '',
    position,
    path: {
      kind: 'gbm',
      seed: 'explain',
      startPrice: market.markPrice.trim() || position.entryPrice,
      annualVolatility: market.annualVolatility,
      annualDrift: '0',
      horizonDays: days,
      steps: Number.isFinite(days) ? stepsFor(days) : 10,
    },
  };
}

/** The query parameters beside the scenario (empty ones left out). */
export function marketQuery(market: MarketInputs): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    const value = market[key].trim();
    if (value !== '') params.set(name, value);
  }
  return params.toString();
}

type SearchParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) =>
  typeof value === 'string' ? value.slice(0, 40) : undefined;

/** The market inputs from a link, the volatility and horizon from the scenario's path when it has them. */
export function marketFromLink(
  params: SearchParams,
  path: { kind: string; annualVolatility?: string; horizonDays?: number } | undefined,
): MarketInputs {
  const market = { ...DEFAULT_MARKET };
  for (const [key, name] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    market[key] = single(params[name]) ?? '';
  }
  if (path?.kind === 'gbm' && path.annualVolatility !== undefined && path.horizonDays !== undefined) {
    market.annualVolatility = path.annualVolatility;
    market.horizonDays = String(path.horizonDays);
  }
  return market;
}
