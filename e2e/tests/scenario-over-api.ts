import { type APIRequestContext, expect } from '@playwright/test';

/**
 * Saves a scenario over tRPC as the signed-in (or guest) context, the way the sandbox's Save does:
 * the sandbox's default 10× BTC long on a one-day path. Returns its slug.
 */
export async function saveScenarioOverApi(
  request: APIRequestContext,
  baseURL: string,
  scenario: { title: string; visibility: 'PUBLIC' | 'UNLISTED' | 'PRIVATE'; seed: string },
): Promise<string> {
  const created = await request.post('/api/trpc/scenario.create', {
    headers: { 'content-type': 'application/json', origin: baseURL },
    data: {
      title: scenario.title,
      visibility: scenario.visibility,
      position: {
        rules: 'binance-usdm',
        side: 'long',
        marginMode: 'isolated',
        entryPrice: '60000',
        size: { unit: 'quantity', quantity: '1' },
        leverage: '10',
        maintenance: { kind: 'tiers', preset: 'binance-btcusdt' },
        takerFeeRate: '0.0005',
        fees: { enabled: true },
      },
      path: {
        kind: 'gbm',
        seed: scenario.seed,
        startPrice: '60000',
        annualVolatility: '0.8',
        annualDrift: '0',
        horizonDays: 1,
        steps: 288,
      },
    },
  });
  expect(created.status()).toBe(200);
  return ((await created.json()).result.data as { slug: string }).slug;
}
