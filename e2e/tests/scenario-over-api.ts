import { type APIRequestContext, expect } from '@playwright/test';
import { defaultScenarioSaved } from '../../packages/scenario/src/default-scenario';

/**
 * Saves a scenario over tRPC as the signed-in (or guest) context, the way the sandbox's Save does:
 * the sandbox's default scenario (@liqlab/scenario's DEFAULT_SCENARIO) on its own seed. Returns its slug.
 */
export async function saveScenarioOverApi(
  request: APIRequestContext,
  baseURL: string,
  scenario: { title: string; visibility: 'PUBLIC' | 'UNLISTED' | 'PRIVATE'; seed: string },
): Promise<string> {
  const created = await request.post('/api/trpc/scenario.create', {
    headers: { 'content-type': 'application/json', origin: baseURL },
    data: { ...defaultScenarioSaved(scenario.title, scenario.seed), visibility: scenario.visibility },
  });
  expect(created.status()).toBe(200);
  return ((await created.json()).result.data as { slug: string }).slug;
}
